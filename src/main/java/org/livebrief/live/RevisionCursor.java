package org.livebrief.live;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the desk tail has read the revision numbers, which are handed out just before commit and so may
 * commit out of order. It moves over every committed number, stops at a missing one (a transaction still
 * committing) and gives up on a missing number only after {@code grace} (a rolled-back transaction leaves a
 * hole for good). Not thread-safe: the {@link DeskBroadcaster} uses it under its lock.
 */
final class RevisionCursor {

    private final Duration grace;
    private final Map<Long, Instant> missingSince = new HashMap<>();
    private long position;

    RevisionCursor(long position, Duration grace) {
        this.position = position;
        this.grace = grace;
    }

    long position() {
        return position;
    }

    /**
     * Moves over {@code committed} (revision numbers after the position, ascending) and returns the new
     * position: every number up to it has committed or has been missing for longer than the grace period.
     */
    long advance(List<Long> committed, Instant now) {
        for (long rev : committed) {
            while (rev > position + 1) {
                Instant since = missingSince.computeIfAbsent(position + 1, missing -> now);
                if (Duration.between(since, now).compareTo(grace) < 0) {
                    return position;
                }
                missingSince.remove(++position);
            }
            missingSince.remove(rev);
            position = Math.max(position, rev);
        }
        return position;
    }
}
