package org.livebrief.briefing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A briefing as the API shows it. */
@JsonbPropertyOrder({"id", "slug", "language", "title", "summary", "timeZone", "status", "createdBy", "createdAt", "updatedAt", "version", "pageUrl"})
public record BriefingView(long id, String slug, String language, String title, String summary, String timeZone,
                           String status, String createdBy, Instant createdAt, Instant updatedAt, long version,
                           String pageUrl) {

    public static BriefingView of(LiveBriefing b) {
        return new BriefingView(b.id(), b.slug(), b.language(), b.title(), b.summary(), b.timeZone().getId(),
                b.status().jsonName(), b.createdBy(), b.createdAt(), b.updatedAt(), b.version(), ReaderPaths.page(b));
    }
}
