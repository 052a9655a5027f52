package org.livebrief.platform;

import java.util.concurrent.TimeUnit;

/**
 * The back-off of a reader of the change log whose work fails (CDN purges, indexing into OpenSearch): after a failure
 * no attempt for the poll interval, then twice as long after each further failure, at most {@code max}; a success
 * starts over. It also tells the caller when an episode of failures begins and ends, so each logs one line for each,
 * not one per attempt. Used by one round at a time ({@link Rounds}).
 */
public final class Backoff {

    private final long pollMillis;
    private final long maxMillis;
    private long waitMillis;
    private long retryAt = System.nanoTime();
    private boolean failing;

    public Backoff(long pollMillis, long maxMillis) {
        this.pollMillis = pollMillis;
        this.maxMillis = maxMillis;
    }

    /** The wait after one more failure: the poll interval first, then twice the last wait, at most {@code max}. */
    static long next(long last, long poll, long max) {
        return Math.min(max, last <= 0 ? poll : last * 2);
    }

    /** True while the wait after the last failure lasts: no attempt now. */
    public boolean waiting() {
        return System.nanoTime() - retryAt < 0;
    }

    /** One more failure; true when it is the first of an episode (the one to log). */
    public boolean failed() {
        waitMillis = next(waitMillis, pollMillis, maxMillis);
        retryAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        boolean first = !failing;
        failing = true;
        return first;
    }

    /** A success; true when it ends an episode of failures (the one to log). */
    public boolean succeeded() {
        boolean ended = failing;
        failing = false;
        waitMillis = 0;
        return ended;
    }

    /** The wait now in force after the last failure. */
    public long waitMillis() {
        return waitMillis;
    }

    public long maxMillis() {
        return maxMillis;
    }
}
