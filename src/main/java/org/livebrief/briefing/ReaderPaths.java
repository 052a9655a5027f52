package org.livebrief.briefing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Public addresses, relative to the server root: the context root is part of the contract. */
final class ReaderPaths {

    static final String CONTEXT = "/livebrief";

    private ReaderPaths() {
    }

    static String page(LiveBriefing briefing) {
        return CONTEXT + "/briefings/" + URLEncoder.encode(briefing.slug(), StandardCharsets.UTF_8);
    }

    /** A feed of the briefing, {@code suffix} being e.g. {@code .atom} or {@code /key-events.atom} (see the feeds package). */
    static String feed(LiveBriefing briefing, String suffix) {
        return CONTEXT + "/feeds/briefings/" + URLEncoder.encode(briefing.slug(), StandardCharsets.UTF_8) + suffix;
    }

    static String anchor(Entry entry) {
        return "entry-" + entry.id();
    }

    /** The entry's own page, {@code /briefings/{slug}/entries/{id}}: stable, since neither slug nor id ever changes. */
    static String permalink(Entry entry) {
        return page(entry.briefing()) + "/entries/" + entry.id();
    }

    static String entry(Entry entry) {
        return page(entry.briefing()) + "#" + anchor(entry);
    }
}
