package org.livebrief.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.livebrief.platform.DatabaseOutage;
import org.livebrief.platform.Threads;

/**
 * Feeds the desks' staff streams by tailing the revision table: while any desk is open, every
 * {@code livebrief.live.desk-poll-millis} one query reads the revisions committed since the last look
 * (on any node: it reads the database), and each followed briefing gets the new ones in order.
 *
 * <p>Revision numbers are handed out just before commit, so two transactions may commit out of number
 * order: the {@link RevisionCursor} stops at a missing number and only skips it after {@link #GAP_GRACE}.
 * Replays read only up to the cursor, so a stream never gets a revision after a higher one.
 */
@ApplicationScoped
public class DeskBroadcaster {

    private static final Logger LOG = Logger.getLogger(DeskBroadcaster.class);
    static final Duration GAP_GRACE = Duration.ofSeconds(2);
    private static final int BATCH = 500;

    @Inject
    Threads threads;

    @Inject
    DeskEvents events;

    @Inject
    Subscribers subscribers;

    @Inject
    Clock clock;

    private final Object lock = new Object();
    /** The revision up to which every committed revision has been sent, or null while no desk is open. Guarded by lock. */
    private RevisionCursor cursor;
    private ScheduledFuture<?> tail;

    @PostConstruct
    void start() {
        long period = ConfigProvider.getConfig()
                .getOptionalValue("livebrief.live.desk-poll-millis", Integer.class).orElse(250);
        tail = threads.everyMillis(period, this::tick);
    }

    @PreDestroy
    void stop() {
        tail.cancel(false);
    }

    /** Where a new desk stream's replay ends and its live delivery begins. */
    long follow() {
        synchronized (lock) {
            if (cursor == null) {
                cursor = new RevisionCursor(events.latestRevision(), GAP_GRACE);
            }
            return cursor.position();
        }
    }

    void tick() {
        try {
            synchronized (lock) {
                Set<Long> desks = subscribers.desks();
                if (desks.isEmpty()) {
                    cursor = null;
                    return;
                }
                if (cursor == null) {
                    cursor = new RevisionCursor(events.latestRevision(), GAP_GRACE);
                    return;
                }
                long from = cursor.position();
                long next = cursor.advance(events.committedAfter(from, BATCH), clock.instant());
                if (next > from) {
                    for (long briefing : desks) {
                        deliver(briefing, from, next);
                    }
                }
            }
        } catch (RuntimeException e) {
            if (!DatabaseOutage.report(e)) {
                LOG.warnf(e, "Desk stream delivery failed; the desks reconnect and replay");
            }
            synchronized (lock) {
                cursor = null;
            }
            subscribers.closeDesks();
        }
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
