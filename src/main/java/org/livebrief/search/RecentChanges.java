package org.livebrief.search;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What the newest changes touched, for the start-up repair of the index ({@link IndexBootstrap}). A crash can lose
 * only the index writes of the last moments before it: they follow their commit at once and reach the disk within
 * a second ({@link IndexFailures}). Their entries are found by walking the change log back from its newest row
 * until a change is older than {@link #WINDOW} before it, which covers the writes a busy writer queue still held.
 * A correction or a retraction whose index write was lost leaves the index's document count unchanged, so only
 * this walk finds it.
 *
 * @param entries   entries named by a change in the window, newest first
 * @param briefings briefings whose status changed in the window (their entries' visibility in search)
 * @param overflow  more than the limit of entries changed in the window: rebuild the whole index instead
 */
record RecentChanges(Set<Long> entries, Set<Long> briefings, boolean overflow) {

    static final Duration WINDOW = Duration.ofMinutes(2);
    static final int PAGE = 500;

    /** One change-log row, as much of it as the walk needs. */
    record Touch(long seq, Long entryId, long briefingId, boolean statusChange, Instant at) {
    }

    /**
     * Walks back from the newest change: {@code page} answers up to {@link #PAGE} changes with a seq of at most its
     * argument, newest first. Stops at the first change older than {@code window} before the newest, or when more
     * than {@code limit} entries were found.
     */
    static RecentChanges walk(LongFunction<List<Touch>> page, Duration window, int limit) {
        Set<Long> entries = new LinkedHashSet<>();
        Set<Long> briefings = new LinkedHashSet<>();
        Instant cutoff = null;
        long next = Long.MAX_VALUE;
        while (true) {
            List<Touch> touches = page.apply(next);
            for (Touch touch : touches) {
                if (cutoff == null) {
                    cutoff = touch.at().minus(window);
                }
                if (touch.at().isBefore(cutoff)) {
                    return new RecentChanges(entries, briefings, false);
                }
                if (touch.entryId() != null) {
                    entries.add(touch.entryId());
                    if (entries.size() > limit) {
                        return new RecentChanges(Set.of(), Set.of(), true);
                    }
                }
                if (touch.statusChange()) {
                    briefings.add(touch.briefingId());
                }
                next = touch.seq() - 1;
            }
            if (touches.size() < PAGE || next < 1) {
                return new RecentChanges(entries, briefings, false);
            }
        }
    }
}
