package org.livebrief.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Change;
import org.livebrief.platform.Metrics;
import org.livebrief.platform.Threads;

/**
 * Pushes committed changes to the briefing's readers. A {@link Change} event only wakes it up: it then
 * reads the change log after its per-briefing cursor, so changes go out in sequence order even when
 * their events arrive out of order, and nothing is sent that did not commit. One task at a time does
 * the reading and fan-out, off the thread of the request that made the change.
 */
@ApplicationScoped
public class Broadcaster {

    private static final Logger LOG = Logger.getLogger(Broadcaster.class);
    private static final int BATCH = 100;

    @Inject
    Threads threads;

    @Inject
    LiveEvents events;

    @Inject
    Subscribers subscribers;

    @Inject
    ChangeLogTail tail;

    private final Object lock = new Object();
    /** Briefings to look at, each with a sequence to read after should it have no cursor. Guarded by lock. */
    private final Map<Long, Long> pending = new LinkedHashMap<>();
    private boolean running;
    private final Map<Long, Long> cursors = new ConcurrentHashMap<>();
    /**
     * When each change committed on this node to a followed briefing happened, until its event goes out: the
     * delivery latency ({@code livebrief_live_delivery_seconds}). Bounded: changes that never go out (a failed
     * delivery) are dropped with the rest when it passes {@link #TIMED}.
     */
    private final Map<Long, java.time.Instant> changedAt = new ConcurrentHashMap<>();
    private static final int TIMED = 10_000;

    /**
     * Starts the briefing's cursor, if it has none, at its latest change. Called once a new stream is
     * registered: everything up to here is the stream's replay (or before its time), everything after
     * commits with a higher sequence and is read by the next delivery.
     */
    void follow(long briefingId) {
        if (!cursors.containsKey(briefingId)) {
            cursors.putIfAbsent(briefingId, events.latestSeq(briefingId));
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        if (!subscribers.following(change.briefingId())) {
            cursors.remove(change.briefingId());
            return;
        }
        if (changedAt.size() >= TIMED) {
            changedAt.clear();
        }
        changedAt.put(change.seq(), change.occurredAt());
        wake(change.briefingId(), change.seq() - 1);
    }

    /**
     * Changes committed on other nodes: one query for every followed briefing's latest sequence; a briefing
     * whose log has moved past its cursor is delivered like a local change (de-duplicated by the cursor and,
     * per stream, by sequence). Run by {@link ChangeLogTail}.
     */
    void catchUp() {
        java.util.Set<Long> followed = subscribers.followed();
        if (followed.isEmpty()) {
            return;
        }
        tail.latestSeqs(followed).forEach((briefingId, latest) -> {
            Long cursor = cursors.get(briefingId);
            if (cursor != null && latest > cursor) {
                wake(briefingId, cursor);
            }
        });
    }

    private void wake(long briefingId, long afterIfNew) {
        synchronized (lock) {
            pending.merge(briefingId, afterIfNew, Math::min);
            if (!running) {
                running = threads.execute(Threads.Pool.LIVE, this::drain);
            }
        }
    }

    private void drain() {
        while (true) {
            Map.Entry<Long, Long> next;
            synchronized (lock) {
                Iterator<Map.Entry<Long, Long>> first = pending.entrySet().iterator();
                if (!first.hasNext()) {
                    running = false;
                    return;
                }
                next = first.next();
                first.remove();
            }
            deliver(next.getKey(), next.getValue());
        }
    }

    private void deliver(long briefingId, long afterIfNew) {
        long cursor = cursors.getOrDefault(briefingId, afterIfNew);
        try {
            List<LiveEvent> batch;
            do {
                batch = events.since(briefingId, cursor, BATCH);
                for (LiveEvent event : batch) {
                    subscribers.publish(briefingId, event.toFrame(LiveEvents.JSON));
                    cursor = event.seq();
                    java.time.Instant at = changedAt.remove(cursor);
                    if (at != null) {
                        Metrics.liveDelivery(java.time.Duration.between(at, java.time.Instant.now()));
                    }
                }
            } while (batch.size() == BATCH);
            cursors.put(briefingId, cursor);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Live delivery for briefing %d failed after seq %d; its readers reconnect and replay",
                    briefingId, cursor);
            cursors.remove(briefingId);
            subscribers.closeAll(briefingId);
        }
    }
}
