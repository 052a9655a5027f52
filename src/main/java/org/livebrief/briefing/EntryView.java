package org.livebrief.briefing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** An entry as the API shows it; {@code transitions} lists the workflow steps its state allows next. */
@JsonbPropertyOrder({"id", "briefingId", "state", "body", "excerpt", "author", "createdAt", "publishedAt", "updatedAt",
        "keyEvent", "pinned", "approvedBy", "publishAt", "retractedAt", "retractionReason", "translationOf",
        "corrections", "version", "transitions", "pageUrl"})
public record EntryView(long id, long briefingId, String state, String body, String excerpt, String author,
                        Instant createdAt, Instant publishedAt, Instant updatedAt, boolean keyEvent, boolean pinned,
                        String approvedBy, Instant publishAt, Instant retractedAt, String retractionReason,
                        Long translationOf, List<CorrectionView> corrections, long version, List<String> transitions,
                        String pageUrl) {

    /** A correction as readers see it. */
    public record CorrectionView(String note, Instant at, String by) {
    }

    public static EntryView of(Entry e) {
        return new EntryView(e.id(), e.briefing().id(), e.state().jsonName(), e.body(), e.excerpt(), e.author(),
                e.createdAt(), e.publishedAt(), e.updatedAt(), e.keyEvent(), e.pinned(), e.approvedBy(), e.publishAt(),
                e.retractedAt(), e.retractionReason(), e.translationOf(),
                e.corrections().stream().map(c -> new CorrectionView(c.note(), c.correctedAt(), c.correctedBy())).toList(),
                e.version(), e.state().allowed().stream().map(t -> t.pathName()).sorted().toList(),
                Visibility.isPublished(e) ? ReaderPaths.entry(e) : null);
    }

    /** A page of entries and the URL of the next one. */
    public record Page(List<EntryView> items, String next) {
    }
}
