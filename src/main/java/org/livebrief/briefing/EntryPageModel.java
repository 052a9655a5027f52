package org.livebrief.briefing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.livebrief.platform.Messages;

/**
 * What an entry's own page ({@code /briefings/{slug}/entries/{id}}) shows, as plain maps: the entry as the reader page
 * renders it, under its briefing's title (a link back), with its neighbours in the timeline and a link to its place on
 * the live page; its title, Open Graph and Twitter tags and canonical address for sharing. The tombstone of a retracted
 * entry keeps the briefing's context and the notice, nothing of the text.
 */
final class EntryPageModel {

    private final LiveBlogJsonLd.Page about;
    private final ReaderPageModel reader;
    private final ReaderTimes times;
    private final Messages messages;

    /** The widest rendition offered to link cards: Open Graph's recommended 1200 px falls between 1024 and 1600. */
    static final int OG_IMAGE_WIDTH = 1600;

    EntryPageModel(LiveBlogJsonLd.Page about, Instant now) {
        this.about = about;
        this.reader = new ReaderPageModel(about, now);
        this.times = ReaderTimes.of(about.briefing(), now);
        this.messages = Messages.forLocale(about.briefing().locale());
    }

    Map<String, Object> build(Entry entry, ReaderStream.Neighbours neighbours) {
        LiveBriefing briefing = about.briefing();
        boolean withdrawn = entry.state() == EntryState.RETRACTED;
        Map<String, Object> page = new HashMap<>();
        page.put("t", messages.forTemplates());
        page.put("lang", briefing.language());
        page.putAll(ReaderPageModel.script(briefing));
        page.put("briefingTitle", briefing.title());
        page.put("briefingUrl", ReaderPaths.page(briefing));
        page.put("canonical", about.permalink().apply(entry));
        page.putAll(ReaderPageModel.openGraph(briefing, about.publisher()));
        page.put("entry", reader.entry(entry));
        page.put("withdrawn", withdrawn);
        page.put("inContextUrl", ReaderPaths.entry(entry));
        if (withdrawn) {
            page.put("pageTitle", messages.get("briefing.entry.withdrawnTitle"));
            return page;
        }
        page.put("pageTitle", entry.title());
        page.put("description", entry.excerpt());
        // The card of a shared link shows the entry's first picture (Open Graph asks for about 1200 px wide).
        Figures.first(entry.body(), OG_IMAGE_WIDTH).ifPresent(picture -> {
            page.put("ogImage", picture.from(about.permalink().apply(entry)));
            page.put("ogImageAlt", picture.alt());
        });
        page.put("publishedIso", entry.publishedAt().toString());
        page.put("modifiedIso", entry.updatedAt().toString());
        page.put("published", messages.get("briefing.entry.published", times.full(entry.publishedAt())));
        page.put("older", neighbour(neighbours.older()));
        page.put("newer", neighbour(neighbours.newer()));
        page.put("jsonLd", LiveBlogJsonLd.ofEntry(about, entry));
        return page;
    }

    private Map<String, Object> neighbour(Entry e) {
        if (e == null) {
            return null;
        }
        return Map.of("url", ReaderPaths.permalink(e), "title", e.title(), "timeIso", e.publishedAt().toString(),
                "time", reader.when(e.publishedAt()));
    }
}
