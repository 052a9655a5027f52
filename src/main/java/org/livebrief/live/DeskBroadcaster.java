package org.livebrief.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Feeds the desks' staff streams by tailing the revision table: while any desk is open, every
 * {@code livebrief.live.desk-poll-millis} one query reads the revisions committed since the last look
 * (on any node: it reads the database), and each followed briefing gets the new ones in order.
 *
 * <p>Revision numbers are handed out just before commit, so two transactions may commit out of number
 * order. The cursor therefore stops at a missing number (a transaction still committing) and only skips it
 * when it is still missing after {@link #GAP_GRACE} (a rolled-back transaction leaves a hole for good).
 * Replays read only up to the cursor, so a stream never gets a revision after a higher one.
 */
@ApplicationScoped
public class DeskBroadcaster {

    private static final Logger LOG = Logger.getLogger(DeskBroadcaster.class);
    static final Duration GAP_GRACE = Duration.ofSeconds(2);
    private static final int BATCH = 500;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DeskEvents events;

    @Inject
    Subscribers subscribers;

    @Inject
    Clock clock;

    private final Object lock = new Object();
    /** The revision up to which every committed revision has been sent, or -1 while no desk is open. Guarded by lock. */
    private long cursor = -1;
    private final Map<Long, Instant> gapsSeen = new HashMap<>();
    private ScheduledFuture<?> tail;

    @PostConstruct
    void start() {
        long period = ConfigProvider.getConfig()
                .getOptionalValue("livebrief.live.desk-poll-millis", Integer.class).orElse(250);
        tail = scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        tail.cancel(false);
    }

    /** Where a new desk stream's replay ends and its live delivery begins. */
    long follow() {
        synchronized (lock) {
            if (cursor < 0) {
                cursor = events.latestRevision();
            }
            return cursor;
        }
    }

    void tick() {
        try {
            synchronized (lock) {
                Set<Long> desks = subscribers.desks();
                if (desks.isEmpty()) {
                    cursor = -1;
                    gapsSeen.clear();
                    return;
                }
                if (cursor < 0) {
                    cursor = events.latestRevision();
                    return;
                }
                long next = advance(events.committedAfter(cursor, BATCH));
                if (next > cursor) {
                    for (long briefing : desks) {
                        deliver(briefing, cursor, next);
                    }
                    cursor = next;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Desk stream delivery failed; the desks reconnect and replay");
            synchronized (lock) {
                cursor = -1;
            }
            subscribers.closeDesks();
        }
    }

    /** The highest revision up to which nothing is missing any more (or has been missing too long to wait for). */
    private long advance(List<Long> committed) {
        long next = cursor;
        Instant now = clock.instant();
        for (long rev : committed) {
            while (rev > next + 1) {
                Instant seen = gapsSeen.computeIfAbsent(next + 1, missing -> now);
                if (Duration.between(seen, now).compareTo(GAP_GRACE) < 0) {
                    return next;
                }
                gapsSeen.remove(++next);
            }
            gapsSeen.remove(rev);
            next = rev;
        }
        return next;
    }

    private void deliver(long briefingId, long after, long upto) {
        List<LiveEvent> batch;
        long from = after;
        do {
            batch = events.since(briefingId, from, upto, BATCH);
            for (LiveEvent event : batch) {
                subscribers.publishToDesks(briefingId, event.toFrame(LiveEvents.JSON));
                from = event.seq();
            }
        } while (batch.size() == BATCH);
    }
}
