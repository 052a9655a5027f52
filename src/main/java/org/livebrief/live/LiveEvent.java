package org.livebrief.live;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * One change of a briefing as readers see it: {@code seq} from the change log, the event name, and the
 * public view of what changed ({@code EntryView}, {@code BriefingView}, or {@link Removed}).
 */
@JsonbPropertyOrder({"seq", "event", "data"})
public record LiveEvent(long seq, String event, Object data) {

    public static final String ENTRY_PUBLISHED = "entry-published";
    public static final String ENTRY_UPDATED = "entry-updated";
    public static final String ENTRY_REMOVED = "entry-removed";
    public static final String BRIEFING_UPDATED = "briefing-updated";
    public static final String BRIEFING_REMOVED = "briefing-removed";
    /** Sent instead of a replay that would be too long: the client should load the page afresh. */
    public static final String RELOAD = "reload";

    /**
     * What is left of something that is no longer public: enough for a client to take it off the page. For a
     * retracted entry also when and why ({@code retractedAt}, {@code reason}: what the feeds' tombstones and the
     * API's 410 say), so a reader page can leave its notice; both are absent (not null) otherwise.
     */
    public record Removed(long id, long briefingId, Instant retractedAt, String reason) {

        public Removed(long id, long briefingId) {
            this(id, briefingId, null, null);
        }
    }

    Frame toFrame(Jsonb jsonb) {
        return Frame.event(seq, event, jsonb.toJson(data));
    }
}
