package org.livebrief.hosting;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keys purged once, to purge again a moment later. In a cluster each node caches its feeds and sees another node's
 * commit only at its next check of the change log ({@code livebrief.feeds.revalidate-millis}, 1 s): a purge sent at
 * once after a commit on node A can make the CDN fetch the feed again from node B before B has seen the commit, and
 * the CDN then keeps B's old copy for its whole {@code s-maxage}. Purging the same keys again once every node has
 * checked ends that. Not durable: a node that dies in that second loses only the repeat.
 */
final class PurgeRepeats {

    private record Repeat(long dueNanos, Set<String> keys) {
    }

    private final long afterNanos;
    private final Deque<Repeat> waiting = new ArrayDeque<>();

    /** {@code afterNanos}: how long after the first purge the repeat is due; 0 or less: no repeats. */
    PurgeRepeats(long afterNanos) {
        this.afterNanos = afterNanos;
    }

    /** The keys were purged at {@code now}: purge them again at {@code now + after}. */
    void purged(long now, Set<String> keys) {
        if (afterNanos > 0 && !keys.isEmpty()) {
            waiting.addLast(new Repeat(now + afterNanos, Set.copyOf(keys)));
        }
    }

    /** Takes the keys whose repeat is due at {@code now} (each once, however many changes named it). */
    Set<String> takeDue(long now) {
        Set<String> due = new LinkedHashSet<>();
        while (!waiting.isEmpty() && now - waiting.peekFirst().dueNanos() >= 0) {
            due.addAll(waiting.removeFirst().keys());
        }
        return due;
    }

    /** The repeat of {@code keys} failed: due again at once, before anything queued later. */
    void failed(Set<String> keys) {
        if (!keys.isEmpty()) {
            waiting.addFirst(new Repeat(Long.MIN_VALUE / 2, Set.copyOf(keys)));
        }
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }
}
