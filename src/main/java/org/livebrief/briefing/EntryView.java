package org.livebrief.briefing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** An entry as the API shows it; {@code transitions} lists what can be done to it next. */
@JsonbPropertyOrder({"id", "briefingId", "state", "body", "excerpt", "author", "createdAt", "publishedAt", "updatedAt", "keyEvent", "pinned", "version", "transitions", "pageUrl"})
public record EntryView(long id, long briefingId, String state, String body, String excerpt, String author,
                        Instant createdAt, Instant publishedAt, Instant updatedAt, boolean keyEvent, boolean pinned,
                        long version, List<String> transitions, String pageUrl) {

    public static EntryView of(Entry e) {
        return new EntryView(e.id(), e.briefing().id(), e.state().jsonName(), e.body(), e.excerpt(), e.author(),
                e.createdAt(), e.publishedAt(), e.updatedAt(), e.keyEvent(), e.pinned(), e.version(),
                e.state().allowed().stream().map(t -> t.pathName()).sorted().toList(),
                e.state().isPublic() ? ReaderPaths.entry(e) : null);
    }

    /** A page of entries and the URL of the next one. */
    public record Page(List<EntryView> items, String next) {
    }
}
