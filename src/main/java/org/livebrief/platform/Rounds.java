package org.livebrief.platform;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Work done in rounds on a {@link Threads} pool, for the readers of the change log that send things out (WebSub
 * pings, webhooks, CDN purges): {@link #wake} asks for a round and returns at once; one round runs at a time; a wake
 * during a round makes exactly one more after it, so wake-ups never pile up in the pool's queue however fast changes
 * commit. A round returns true when more work is waiting (it runs again at once). A round that throws is logged
 * (a database outage once, by {@link DatabaseOutage}) and the next wake retries.
 */
public final class Rounds {

    private static final Logger LOG = Logger.getLogger(Rounds.class);

    private final String name;
    private final Threads threads;
    private final Threads.Pool pool;
    private final BooleanSupplier round;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean stopped;

    public Rounds(String name, Threads threads, Threads.Pool pool, BooleanSupplier round) {
        this.name = name;
        this.threads = threads;
        this.pool = pool;
        this.round = round;
    }

    /** Asks for a round: runs one unless one is running, which then runs once more. */
    public void wake() {
        if (stopped) {
            return;
        }
        pending.set(true);
        if (!running.get()) {
            threads.execute(pool, this::drain);
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    /** No new rounds; waits at most {@code wait} for the one under way to finish (undeploy must not cut it off). */
    public void stop(Duration wait) {
        stopped = true;
        long deadline = System.nanoTime() + wait.toNanos();
        while (running.get() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    public boolean isStopped() {
        return stopped;
    }

    private void drain() {
        while (!stopped && pending.get() && running.compareAndSet(false, true)) {
            try {
                while (!stopped && pending.getAndSet(false)) {
                    if (round.getAsBoolean()) {
                        pending.set(true);
                    }
                }
            } catch (RuntimeException e) {
                if (!DatabaseOutage.report(e)) {
                    LOG.warnf(e, "%s round failed; the next one retries", name);
                }
            } finally {
                running.set(false);
            }
        }
    }
}
