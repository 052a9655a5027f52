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
    /** The page in the other script of its language ({@code ?script=}), or null for the page as written. */
    private final Transcript transcript;

    ReaderPageModel(LiveBlogJsonLd.Page about, Instant now) {
        this(about, now, null);
    }

    ReaderPageModel(LiveBlogJsonLd.Page about, Instant now, Transcript transcript) {
        this.about = about;
        this.briefing = about.briefing();
        this.bylines = about.bylines();
        this.transcript = transcript;
        this.locale = transcript == null ? briefing.locale() : transcript.locale();
        this.messages = Messages.forLocale(locale);
        this.zone = briefing.timeZone();
        this.times = transcript == null ? ReaderTimes.of(briefing, now)
                : new ReaderTimes(transcript.tag(), briefing.calendars(), zone, now);
    }

    /** Text as readers of this page get it: in the other script when one was asked for. */
    private String text(String text) {
        return transcript == null ? text : transcript.text(text);
    }

    private String html(String html) {
        return transcript == null ? html : transcript.html(html);
    }

    Map<String, Object> build(List<Entry> entries, List<LiveBriefing> translations, String olderUrl) {
        Map<String, Object> page = new HashMap<>();
        String canonicalUrl = about.canonicalUrl();
        page.put("t", messages.forTemplates());
        page.put("lang", transcript == null ? briefing.language() : transcript.tag());
        page.putAll(script(briefing));
        page.put("title", text(briefing.title()));
        page.put("summary", text(briefing.summary()));
        page.putAll(scriptSwitch(briefing, canonicalUrl, transcript));
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
        String href = ReaderPaths.feed(briefing, suffix) + (transcript == null ? "" : "?script=" + transcript.script());
        return Map.of("type", type, "href", href, "title", messages.get(titleKey));
    }

    /**
     * The script switch of a two-alphabet language (issue #18, item 4): a link per script, each named in itself by
     * CLDR ("Ћирилица | Latinica"), and {@code hreflang} alternates both ways. The canonical address stays the page
     * as written.
     */
    static Map<String, Object> scriptSwitch(LiveBriefing briefing, String canonicalUrl, Transcript transcript) {
        List<String> targets = Scripts.targets(briefing.language());
        if (targets.isEmpty()) {
            return Map.of("hasScripts", false);
        }
        String own = Scripts.ownScript(briefing.language());
        String base = com.ibm.icu.util.ULocale.forLanguageTag(briefing.language()).getLanguage();
        List<Map<String, Object>> links = new java.util.ArrayList<>();
        List<Map<String, Object>> alternates = new java.util.ArrayList<>();
        for (String script : java.util.stream.Stream.concat(java.util.stream.Stream.of(own), targets.stream()).toList()) {
            String tag = base + "-" + script;
            boolean original = script.equals(own);
            String query = original ? "" : "?script=" + script;
            boolean current = transcript == null ? original : script.equals(transcript.script());
            links.add(Map.of("hreflang", tag, "href", ReaderPaths.page(briefing) + query, "current", current,
                    "separator", !links.isEmpty(), "label", scriptName(script, tag)));
            if (!current) {
                alternates.add(Map.of("hreflang", tag, "href", canonicalUrl + query));
            }
        }
        return Map.of("hasScripts", true, "scripts", links, "scriptAlternates", alternates);
    }

    /** "Ћирилица", "Latinica": the script's name in the language written in it, from CLDR. */
    private static String scriptName(String script, String tag) {
        com.ibm.icu.util.ULocale in = com.ibm.icu.util.ULocale.forLanguageTag(tag);
        String name = com.ibm.icu.util.ULocale.forLanguageTag("und-" + script).getDisplayScript(in);
        return com.ibm.icu.lang.UCharacter.toTitleCase(in, name, null, com.ibm.icu.lang.UCharacter.TITLECASE_NO_LOWERCASE);
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
            entry.put("withdrawn", messages.get("briefing.page.withdrawn", text(e.retractionReason())));
            return entry;
        }
        entry.put("isPinned", ReaderStream.pinnedHere(e));
        entry.put("byline", html(BylineHtml.of(bylines.of(e), locale, messages)));
        entry.put("body", html(EntryBody.withDateline(e.body(), bylines.dateline(e))));
        entry.put("entryHeadline", text(e.headline()));
        entry.put("headline", text(e.title()));
        entry.put("keyEvent", e.keyEvent());
        boolean edited = Duration.between(e.publishedAt(), e.updatedAt()).compareTo(QUIET_EDIT) > 0;
        entry.put("updated", edited ? messages.get("briefing.page.updatedAt", when(e.updatedAt())) : null);
        entry.put("updatedIso", e.updatedAt().toString());
        entry.put("corrections", e.corrections().stream().map(c -> Map.of("iso", c.correctedAt().toString(), "note", text(c.note()),
                "text", messages.get("briefing.page.correction", when(c.correctedAt()), text(c.note())))).toList());
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
