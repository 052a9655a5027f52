package org.livebrief.briefing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A briefing as the API shows it, with links to its language versions; {@code event} is what it covers (name, start
 * date, place id), or absent.
 */
@JsonbPropertyOrder({"id", "slug", "language", "dir", "title", "summary", "timeZone", "calendars", "status", "fourEyes",
        "fastLane", "createdBy", "createdAt", "updatedAt", "version", "pageUrl", "translations", "event"})
public record BriefingView(long id, String slug, String language, String dir, String title, String summary,
                           String timeZone, List<String> calendars, String status, boolean fourEyes, Set<String> fastLane,
                           String createdBy, Instant createdAt, Instant updatedAt, long version, String pageUrl,
                           List<Translation> translations, BriefingRequest.Event event) {

    /** Another language version of the same story. */
    public record Translation(long id, String language, String slug, String pageUrl) {
    }

    /** Without its language versions: for live events, which carry what changed, not the links. */
    public static BriefingView of(LiveBriefing b) {
        return of(b, List.of());
    }

    /**
     * As the public may see it: without the login names of the fast lane and of who created it (a login name is
     * half of what a password guesser needs). Staff see them.
     */
    public BriefingView forPublic() {
        return new BriefingView(id, slug, language, dir, title, summary, timeZone, calendars, status, fourEyes, null, null,
                createdAt, updatedAt, version, pageUrl, translations, event);
    }

    public static BriefingView of(LiveBriefing b, List<LiveBriefing> translations) {
        return new BriefingView(b.id(), b.slug(), b.language(), b.direction(), b.title(), b.summary(),
                b.timeZone().getId(), b.calendars(), b.status().jsonName(), b.fourEyes(), b.fastLane(), b.createdBy(), b.createdAt(), b.updatedAt(),
                b.version(), ReaderPaths.page(b),
                translations.stream().map(t -> new Translation(t.id(), t.language(), t.slug(), ReaderPaths.page(t))).toList(),
                b.event());
    }
}
