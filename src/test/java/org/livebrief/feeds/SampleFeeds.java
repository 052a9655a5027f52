package org.livebrief.feeds;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Feed documents for the writer tests, with the awkward text real input can carry. */
final class SampleFeeds {

    static final String BASE = "https://news.example.com";
    static final TagIds IDS = new TagIds("news.example.com");
    static final Instant PUBLISHED = Instant.parse("2022-03-29T09:15:00Z");
    static final Instant CORRECTED = Instant.parse("2022-03-29T11:05:30.250Z");
    static final Instant RETRACTED = Instant.parse("2022-03-29T12:00:00Z");

    private SampleFeeds() {
    }

    static Feed briefing(boolean complete) {
        return briefing(complete, FeedFormat.ATOM);
    }

    private static final String PICTURE = "0123456789abcdef0123456789abcdef01234567";
    /** Byte sizes as the media store would give them: the width times ten. */
    static final FeedItems ITEMS = new FeedItems(IDS, BASE, language -> null,
            path -> java.util.OptionalLong.of(10L * Integer.parseInt(path.replaceAll(".*-([0-9]+)\\.jpg", "$1"))));

    static Feed briefing(boolean complete, FeedFormat format) {
        FeedRequest request = FeedRequest.parse("/briefings/kyiv-talks." + format.extension()).orElseThrow();
        Feed.Links links = FeedPaths.links(request, BASE, BASE + "/livebrief/briefings/kyiv-talks",
                "https://hub.example.com/", complete ? null : 3, null);
        Feed.Item corrected = new Feed.Item(7, IDS.entry(7), XmlText.clean("Talks\u0001 resume in Istanbul"),
                "Talks resume in Istanbul.", "<p>Talks resume in <em>Istanbul</em> &amp; Kyiv.</p>\n"
                + "<p class=\"correction\"><em>Correction 29 Mar 2022, 14:05: An earlier version gave the wrong city.</em></p>",
                List.of(new Feed.Author(XmlText.clean("Olena \uD800Koval\u0007"), "https://news.example.com/people/olena-koval",
                        "Kyiv correspondent"), new Feed.Author("Iryna Bondar", null, null)), List.of(), PUBLISHED, CORRECTED,
                BASE + "/livebrief/briefings/kyiv-talks#entry-7", "en", "Kyiv");
        // With a picture as the body sanitiser keeps one (issue #17): the real clients must take it, its enclosure and
        // its Media RSS too.
        String body = "<p>Shelling near Enerhodar.</p><figure><img src=\"/livebrief/media/" + PICTURE + "-640.jpg\" srcset=\""
                + "/livebrief/media/" + PICTURE + "-320.jpg 320w, /livebrief/media/" + PICTURE + "-640.jpg 640w\""
                + " sizes=\"(max-width: 44rem) 100vw, 44rem\" alt=\"Smoke over the plant\" width=\"640\""
                + " height=\"427\"><figcaption>Smoke over the Zaporizhzhia plant <small>Photo: Test Agency</small>"
                + "</figcaption></figure>";
        Feed.Item plain = new Feed.Item(8, IDS.entry(8), "Shelling near Enerhodar 🚀", "Shelling near Enerhodar.",
                body, List.of(new Feed.Author("Staff", null, null)), ITEMS.pictures(body), PUBLISHED.plusSeconds(60), PUBLISHED.plusSeconds(60),
                BASE + "/livebrief/briefings/kyiv-talks#entry-8", "en");
        Feed.Tombstone retracted = new Feed.Tombstone(6, IDS.entry(6), RETRACTED,
                XmlText.clean("Unverified \u0000claim"), BASE + "/livebrief/briefings/kyiv-talks#entry-6", "en");
        return new Feed(IDS.briefing(1, false), "Russia–Ukraine talks <live>", "Day 34 & counting", "en",
                CORRECTED, links, complete, false, List.of(plain, corrected), List.of(retracted));
    }

    /** A per-name feed: entries of several briefings in several languages, no reader page of its own. */
    static Feed name(FeedFormat format) {
        FeedRequest request = FeedRequest.parse("/names/42." + format.extension()).orElseThrow();
        Feed.Links links = FeedPaths.links(request, BASE, null, null, null, null);
        Feed.Item uk = new Feed.Item(9, IDS.entry(9), "Заява Володимира Зеленського", "Заява Володимира Зеленського.",
                "<p>Заява Володимира Зеленського.</p>", List.of(new Feed.Author("Редакція", null, null)), List.of(), PUBLISHED.plusSeconds(120), PUBLISHED.plusSeconds(120),
                BASE + "/livebrief/briefings/viina-v-ukraini#entry-9", "uk");
        Feed.Item en = new Feed.Item(8, IDS.entry(8), "Zelensky spoke", "Zelensky spoke.", "<p>Zelensky spoke.</p>",
                List.of(new Feed.Author("Staff", null, null)), List.of(), PUBLISHED, PUBLISHED, BASE + "/livebrief/briefings/kyiv-talks#entry-8", "en");
        Feed.Tombstone ru = new Feed.Tombstone(5, IDS.entry(5), RETRACTED, "Ошибка", BASE + "/livebrief/briefings/peregovory#entry-5", "ru");
        return new Feed("tag:news.example.com,2026:livebrief/name/42", "Volodymyr Zelenskiy", null, NameFeeds.MULTIPLE_LANGUAGES,
                RETRACTED, links, false, false, List.of(uk, en), List.of(ru));
    }

    static String text(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    static List<String> lines(String s) {
        return Arrays.asList(s.split("\n"));
    }
}
