package org.livebrief.feeds;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.livebrief.briefing.Contributors;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.EntryBody;
import org.livebrief.briefing.EntryCorrection;
import org.livebrief.briefing.Figures;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.briefing.MediaLengths;
import org.livebrief.briefing.Visibility;
import org.livebrief.platform.Messages;

/**
 * Turns entries into feed items and tombstones: permanent ids (tag URIs, which never change, so a feed survives
 * corrections and a change of the link), the entry's permalink page as link, its headline (or the first sentence) as
 * title, the correction notes appended to the body as readers see them on the page, every string cleaned for XML.
 */
final class FeedItems {


    private final TagIds ids;
    private final String base;
    private final Function<Locale, Contributors.Bylines> bylines;
    private final MediaLengths lengths;
    private final java.util.function.LongPredicate namedSource;
    /** One set of bylines per language of the feed, not one per item. */
    private final Map<Locale, Contributors.Bylines> bylinesByLanguage = new HashMap<>();

    /**
     * {@code bylines}: who signs an entry in a language (display names; never login names); {@code lengths}: the
     * size of a media file, for enclosures.
     */
    FeedItems(TagIds ids, String base, Function<Locale, Contributors.Bylines> bylines, MediaLengths lengths) {
        this(ids, base, bylines, lengths, id -> false);
    }

    /** {@code namedSource}: whether an item may name entry {@code id} as the source it translates. */
    FeedItems(TagIds ids, String base, Function<Locale, Contributors.Bylines> bylines, MediaLengths lengths,
              java.util.function.LongPredicate namedSource) {
        this.ids = ids;
        this.base = base;
        this.bylines = bylines;
        this.lengths = lengths;
        this.namedSource = namedSource;
    }

    List<Feed.Item> items(List<Entry> entries) {
        return entries.stream().filter(Visibility::isPublished).map(this::item).toList();
    }

    List<Feed.Tombstone> tombstones(List<Entry> entries) {
        return entries.stream().filter(Visibility::isTombstone).map(this::tombstone).toList();
    }

    Feed.Item item(Entry entry) {
        LiveBriefing briefing = entry.briefing();
        String excerpt = XmlText.clean(entry.excerpt());
        String title = XmlText.clean(entry.headline() != null ? entry.headline() : EntryBody.firstSentence(excerpt));
        return new Feed.Item(entry.id(), ids.entry(entry.id()), title, excerpt, html(entry), authors(entry),
                pictures(entry.body()), entry.publishedAt(), entry.updatedAt(), link(entry), briefing.language(),
                located(entry), entry.translationOf() != null && namedSource.test(entry.translationOf())
                        ? ids.entry(entry.translationOf()) : null);
    }

    private String located(Entry entry) {
        String place = bylines(entry).place(entry);
        return place == null ? null : XmlText.clean(place);
    }

    private List<Feed.Author> authors(Entry entry) {
        return bylines(entry).of(entry).stream().map(byline -> new Feed.Author(XmlText.clean(byline.name()),
                byline.profileUrl(), byline.role() == null ? null : XmlText.clean(byline.role()))).toList();
    }

    private Contributors.Bylines bylines(Entry entry) {
        return bylinesByLanguage.computeIfAbsent(entry.briefing().locale(), bylines);
    }

    /** The body's pictures with absolute addresses, types, pixels and sizes. */
    List<Feed.Picture> pictures(String body) {
        return Figures.all(body).stream().map(figure -> {
            List<Feed.Rendition> renditions = figure.renditions().stream().map(r -> rendition(figure, r)).toList();
            Feed.Rendition main = rendition(figure, figure.upTo(Feed.Picture.MAIN_WIDTH));
            return new Feed.Picture(main, renditions, XmlText.clean(figure.alt()), XmlText.clean(figure.caption()),
                    XmlText.clean(figure.credit()));
        }).toList();
    }

    private Feed.Rendition rendition(Figures.Figure figure, Figures.Rendition rendition) {
        String path = rendition.path();
        String type = path.endsWith(".png") ? "image/png" : path.endsWith(".gif") ? "image/gif" : "image/jpeg";
        return new Feed.Rendition(base + path, type, rendition.width(), figure.heightAt(rendition.width()),
                lengths.length(path).orElse(-1));
    }

    Feed.Tombstone tombstone(Entry entry) {
        return new Feed.Tombstone(entry.id(), ids.entry(entry.id()), entry.retractedAt(),
                XmlText.clean(entry.retractionReason()), link(entry), entry.briefing().language());
    }

    String page(LiveBriefing briefing) {
        return base + FeedPaths.page(briefing);
    }

    /** The entry's own page ({@code /briefings/{slug}/entries/{id}}); a tombstone's answers 410 there. */
    private String link(Entry entry) {
        return page(entry.briefing()) + "/entries/" + entry.id();
    }

    /**
     * The body, then each correction as the reader page shows it ("Correction 14:05: …"). Feed formats have a language
     * (xml:lang, language) but no direction, so the HTML of a right-to-left briefing carries its own: a feed reader
     * lays out a Persian entry right to left whatever its interface language (issue #18).
     */
    private String html(Entry entry) {
        String html = correctedHtml(entry);
        return entry.briefing().direction().equals("rtl") ? "<div dir=\"rtl\">" + html + "</div>" : html;
    }

    private String correctedHtml(Entry entry) {
        List<EntryCorrection> corrections = entry.corrections();
        String body = EntryBody.withDateline(entry.body(), bylines(entry).dateline(entry));
        if (corrections.isEmpty()) {
            return XmlText.clean(absolute(body));
        }
        LiveBriefing briefing = entry.briefing();
        Messages messages = Messages.forLocale(briefing.locale());
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(briefing.locale()).withZone(briefing.timeZone());
        StringBuilder html = new StringBuilder(XmlText.clean(absolute(body)));
        for (EntryCorrection correction : corrections) {
            String text = messages.get("briefing.page.correction", format.format(correction.correctedAt()), correction.note());
            html.append("\n<p class=\"correction\"><em>").append(escape(XmlText.clean(text))).append("</em></p>");
        }
        return html.toString();
    }

    /**
     * The body with embeds as plain links and the addresses of our pictures made absolute ({@code src} and every {@code srcset} candidate): a
     * feed is read away from this site, where "/livebrief/media/…" names nothing (RSS has no base URL at all).
     */
    String absolute(String body) {
        if (!body.contains(MEDIA) && !body.contains(EMBED)) {
            return body;
        }
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment(body);
        document.outputSettings().prettyPrint(false);
        // An embed is a plain link in a feed: its provider and title, never a player (issue #17, item 2).
        for (org.jsoup.nodes.Element embed : document.select("figure.embed")) {
            org.jsoup.nodes.Element caption = embed.selectFirst("> figcaption");
            org.jsoup.nodes.Element paragraph = new org.jsoup.nodes.Element("p");
            if (caption != null) {
                paragraph.appendChildren(java.util.List.copyOf(caption.childNodes()));
            }
            embed.replaceWith(paragraph);
        }
        for (org.jsoup.nodes.Element img : document.select("img")) {
            if (img.attr("src").startsWith(MEDIA)) {
                img.attr("src", base + img.attr("src"));
            }
            if (!img.attr("srcset").isEmpty()) {
                img.attr("srcset", java.util.Arrays.stream(img.attr("srcset").split(","))
                        .map(String::strip).map(c -> c.startsWith(MEDIA) ? base + c : c)
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        return document.body().html();
    }

    private static final String MEDIA = FeedPaths.CONTEXT + "/media/";
    private static final String EMBED = "data-embed-url";

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
