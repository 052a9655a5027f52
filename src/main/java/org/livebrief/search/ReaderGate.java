package org.livebrief.search;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one search at a time refresh the local Lucene index's reader, so searches during a stream of publications do
 * not queue behind each other's refreshes.
 *
 * <p>Hibernate Search opens a new near-real-time reader when a search finds the index changed: Lucene writes the
 * writer's new documents as a segment first. That happens under a lock, and a search that waited for the lock opens
 * yet another reader if a document came in meanwhile; with publications every few milliseconds every waiting search
 * refreshes in turn. Measured before this gate ({@code bench/publish/run.sh}, 32 clients on two cores): 243 searches
 * blocked for 53 s in a 20 s burst, a search answered after 0.8 s at the median. Hibernate Search's
 * {@code refresh_interval} alone does not end the queue (searches that arrive while a refresh runs still refresh one
 * after another: p99 5.1 s with 100 ms).
 *
 * <p>So the gate decides when the reader is refreshed. Every {@link #windowMillis()}
 * ({@code livebrief.search.refresh-millis}, default 200) the first search goes through alone: it drops the reader
 * ({@code refresh}) and searches, which opens a new one; searches that arrive meanwhile wait for it, then go on with
 * the reader it opened. Within the window a search goes straight on, and Hibernate Search hands it the reader without
 * its lock: its own {@code refresh_interval} ({@link #HIBERNATE_SEARCH_MILLIS}, set by {@link IndexDirectory}) is
 * longer than the window, so it never refreshes on its own while the gate holds the reader fresh. A published entry
 * is found at most a window after the index has it (the promise is one second). {@code 0} turns the gate off and
 * Hibernate Search refreshes at every search that finds the index changed, as before. The gate is for the local
 * index only; OpenSearch refreshes on its own schedule.
 */
final class ReaderGate {

    /** The setting, in milliseconds. */
    static final String SETTING = "livebrief.search.refresh-millis";

    static final long DEFAULT_MILLIS = 200;

    /**
     * Hibernate Search's {@code refresh_interval} while the gate is on: the longest a reader may be stale if a search
     * ever bypassed the gate (the promise), and longer than any window, so the gate refreshes first.
     */
    static final long HIBERNATE_SEARCH_MILLIS = 1000;

    /** The one gate of this deployment: every search of the local index goes through it. */
    static final ReaderGate LOCAL = new ReaderGate(windowMillis());

    private final long windowNanos;
    private final ReentrantLock lock = new ReentrantLock();

    /** Until when (in {@link System#nanoTime()}) the reader is fresh enough; valid when {@link #known}. */
    private volatile long freshUntil;
    /** When (in {@link System#nanoTime()}) the last refresh and its search ended; valid when {@link #known}. */
    private volatile long refreshedAt;
    private volatile boolean known;

    ReaderGate(long windowMillis) {
        this.windowNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, windowMillis));
    }

    /** How long a reader serves before the gate refreshes it, from {@code livebrief.search.refresh-millis}. */
    static long windowMillis() {
        String value = SearchBackend.setting(SETTING);
        if (value == null) {
            return DEFAULT_MILLIS;
        }
        try {
            long millis = Long.parseLong(value.strip());
            if (millis >= 0 && millis <= HIBERNATE_SEARCH_MILLIS) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalStateException(SETTING + " is \"" + value + "\": it must be a number of milliseconds from 0 to "
                + HIBERNATE_SEARCH_MILLIS + " (a published entry must be found within a second)");
    }

    boolean on() {
        return windowNanos > 0;
    }

    /** Runs a search of the entry index of {@code em}'s persistence unit through the gate, when the index is local. */
    static <T> T search(jakarta.persistence.EntityManager em, Supplier<T> search) {
        if (SearchBackend.openSearch()) {
            return search.get();
        }
        return LOCAL.through(() -> org.hibernate.search.mapper.orm.Search.session(em)
                .workspace(org.livebrief.briefing.Entry.class).refresh(), search);
    }

    /**
     * Runs {@code search}; if the reader's window has passed, first {@code refresh} (which drops the reader), alone.
     */
    <T> T through(Runnable refresh, Supplier<T> search) {
        long arrival = System.nanoTime();
        if (!on() || fresh(arrival)) {
            return search.get();
        }
        lock.lock();
        try {
            long start = System.nanoTime();
            // A refresh that ended after this search arrived opened a reader at least as new as the one this search
            // asked for: go on with it, even when that refresh took longer than the window. (Comparing with the window
            // alone made every waiter refresh again, one after another, once a refresh outlasted the window: a slow
            // Lucene commit, a pause, and the searches never caught up while the load lasted. Seen at stop 29 with
            // 32 publishers: 960 searches waited here for 711 s in all within one minute, 32 entries/s instead of
            // 125–161.)
            if (!fresh(start) && !(known && refreshedAt - arrival > 0)) {
                refresh.run();
                T result = search.get();
                // The reader this search used was opened after start.
                freshUntil = start + windowNanos;
                refreshedAt = System.nanoTime();
                known = true;
                return result;
            }
        } finally {
            lock.unlock();
        }
        // Another search refreshed while this one waited.
        return search.get();
    }

    /** Searches waiting for the one that refreshes (for tests). */
    int waiting() {
        return lock.getQueueLength();
    }

    private boolean fresh(long now) {
        return known && now - freshUntil < 0;
    }
}
