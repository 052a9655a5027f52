package org.livebrief.briefing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livebrief.platform.Messages;
import org.livebrief.platform.TextDirection;

/**
 * What the reader page template shows, as plain maps: times already formatted in the briefing's time
 * zone and language, strings already taken from the bundles. Only {@code body} and {@code jsonLd} are
 * inserted unescaped; both are safe by construction (sanitized on write, script-safe JSON).
 */
final class ReaderPageModel {

    /** Edits within this time of publication are not announced as updates. */
    private static final Duration QUIET_EDIT = Duration.ofMinutes(2);
    /** The key-events box is a timeline: newest first, pinned or not, as the live script keeps it. */
    private static final Comparator<Entry> NEWEST_FIRST =
            Comparator.comparing(Entry::timelineAt).thenComparingLong(Entry::id).reversed();

    private final LiveBriefing briefing;
    private final Messages messages;
    private final ZoneId zone;
    private final Locale locale;
    private final ReaderTimes times;
    private final Contributors.Bylines bylines;
    private final LiveBlogJsonLd.Page about;

    ReaderPageModel(LiveBlogJsonLd.Page about, Instant now) {
        this.about = about;
        this.briefing = about.briefing();
        this.bylines = about.bylines();
        this.messages = Messages.forLocale(briefing.locale());
        this.zone = briefing.timeZone();
        this.locale = briefing.locale();
        this.times = ReaderTimes.of(briefing, now);
    }

    Map<String, Object> build(List<Entry> entries, List<LiveBriefing> translations, String olderUrl) {
        Map<String, Object> page = new HashMap<>();
        String canonicalUrl = about.canonicalUrl();
        page.put("t", messages.forTemplates());
        page.put("lang", briefing.language());
        page.putAll(script(briefing));
        page.put("title", briefing.title());
        page.put("summary", briefing.summary());
        page.put("canonical", canonicalUrl);
        page.putAll(openGraph(briefing, about.publisher()));
        page.put("ended", briefing.status() == BriefingStatus.CLOSED);
        page.put("lastUpdated", messages.get("briefing.page.lastUpdated", when(briefing.updatedAt())));
        page.put("lastUpdatedIso", briefing.updatedAt().toString());
        page.put("dateline", times.dateline(briefing.updatedAt()));
        page.put("datelineIso", times.isoDay(briefing.updatedAt()));
        page.put("timeZoneNote", messages.get("briefing.page.timeZoneNote",
                zone.getDisplayName(TextStyle.FULL, locale) + " (" + zone.getId() + ")"));
        // Tombstones (retracted entries, when the newsroom shows notices) stand in the timeline, never pinned.
        List<Entry> published = entries.stream().filter(e -> e.state() == EntryState.PUBLISHED).toList();
        page.put("pinned", entries.stream().filter(ReaderStream::pinnedHere).map(this::entry).toList());
        page.put("entries", entries.stream().filter(e -> !ReaderStream.pinnedHere(e)).map(this::entry).toList());
        List<Entry> keyEvents = published.stream().filter(Entry::keyEvent).sorted(NEWEST_FIRST).toList();
        page.put("keyEvents", keyEvents.stream().map(this::entry).toList());
        page.put("empty", entries.isEmpty());
        // Mustache treats a list's size 0 as true, so the template asks these instead.
        page.put("hasKeyEvents", !keyEvents.isEmpty());
        page.put("hasTranslations", !translations.isEmpty());
        page.put("olderUrl", olderUrl);
        page.put("jsonLd", LiveBlogJsonLd.of(about, published));
        page.put("feeds", feeds());
        page.put("translations", translations.stream().map(t -> Map.of("lang", t.language(), "url", ReaderPaths.page(t),
                "dir", t.direction(), "name", t.locale().getDisplayLanguage(t.locale()))).toList());
        return page;
    }

    /** Autodiscovery links to the briefing's feeds. */
    private List<Map<String, String>> feeds() {
        return List.of(feed("application/atom+xml", ".atom", "feeds.link.atom"),
                feed("application/rss+xml", ".rss", "feeds.link.rss"),
                feed("application/feed+json", ".json", "feeds.link.json"),
                feed("application/atom+xml", "/key-events.atom", "feeds.link.keyEvents"),
                feed("application/json", ".ninjs", "feeds.link.ninjs"));
    }

    private Map<String, String> feed(String type, String suffix, String titleKey) {
        return Map.of("type", type, "href", ReaderPaths.feed(briefing, suffix), "title", messages.get(titleKey));
    }

    /**
     * How the page's text runs and counts (issue #18): its direction, the locale dates are formatted in (CLDR's
     * canonical form: Dari's {@code prs} is {@code fa-AF}), its digits and calendars, for the template and the live
     * script's {@code Intl} alike.
     */
    static Map<String, Object> script(LiveBriefing briefing) {
        return Map.of("dir", briefing.direction(),
                "formatLang", TextDirection.formattingLocale(briefing.language()).toLanguageTag(),
                "numbering", Calendars.numberingSystem(briefing.language()),
                "calendars", String.join(" ", briefing.calendars()));
    }

    /** What every page of a briefing says to social networks besides its title: site, language. */
    static Map<String, Object> openGraph(LiveBriefing briefing, Publisher publisher) {
        com.ibm.icu.util.ULocale likely = com.ibm.icu.util.ULocale.addLikelySubtags(com.ibm.icu.util.ULocale.forLocale(briefing.locale()));
        String ogLocale = likely.getCountry().isEmpty() ? likely.getLanguage() : likely.getLanguage() + "_" + likely.getCountry();
        return Map.of("siteName", publisher.name(), "ogLocale", ogLocale);
    }

    Map<String, Object> entry(Entry e) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("id", e.id());
        entry.put("anchor", ReaderPaths.anchor(e));
        entry.put("permalink", ReaderPaths.permalink(e));
        entry.put("shareUrl", about.permalink().apply(e));
        entry.put("timeIso", e.publishedAt().toString());
        entry.put("time", when(e.publishedAt()));
        if (e.state() == EntryState.RETRACTED) {
            // Where the update was: the notice and its time, never its text.
            entry.put("withdrawn", messages.get("briefing.page.withdrawn", e.retractionReason()));
            return entry;
        }
        entry.put("isPinned", ReaderStream.pinnedHere(e));
        entry.put("byline", BylineHtml.of(bylines.of(e), briefing.locale(), messages));
        entry.put("body", EntryBody.withDateline(e.body(), bylines.dateline(e)));
        entry.put("entryHeadline", e.headline());
        entry.put("headline", e.title());
        entry.put("keyEvent", e.keyEvent());
        boolean edited = Duration.between(e.publishedAt(), e.updatedAt()).compareTo(QUIET_EDIT) > 0;
        entry.put("updated", edited ? messages.get("briefing.page.updatedAt", when(e.updatedAt())) : null);
        entry.put("updatedIso", e.updatedAt().toString());
        entry.put("corrections", e.corrections().stream().map(c -> Map.of("iso", c.correctedAt().toString(), "note", c.note(),
                "text", messages.get("briefing.page.correction", when(c.correctedAt()), c.note()))).toList());
        return entry;
    }

    /** The first sentence of the excerpt, for the key-events list. */
    static String headline(String excerpt) {
        return EntryBody.firstSentence(excerpt);
    }

    /** Time only for today (in the briefing's zone), day and time otherwise, in the page's language. */
    String when(Instant instant) {
        return times.when(instant);
    }
}
