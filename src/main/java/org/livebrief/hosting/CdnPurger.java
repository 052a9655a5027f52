package org.livebrief.hosting;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Change;
import org.livebrief.platform.Rounds;
import org.livebrief.platform.Threads;

/**
 * Purges what a change touched from the CDN or reverse proxy in front ({@code livebrief.cdn.purge}; issue #19 item
 * 3), following the change log after commit like the webhooks: a committed change wakes a round, a timer runs one
 * every {@code livebrief.cdn.poll-millis} (changes committed on other nodes, retries). A round reads the changes after
 * the cursor ({@link CdnPurges}), purges their keys in one request per cache, and only then moves the cursor: a purge
 * that fails is sent again by the next round, so every change is purged at least once. Changes past a gap in the log
 * (a transaction still in flight) are purged once and remembered here, so the cursor can wait at the gap without the
 * same keys being purged every round. Each purge is sent again once every node has checked its feed cache against
 * the change log ({@link PurgeRepeats}), so a CDN that fetched a feed from a node that had not seen the change yet
 * does not keep that copy.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CdnPurger {

    private static final Logger LOG = Logger.getLogger(CdnPurger.class);

    @Resource
    TimerService timers;

    @Inject
    Threads threads;

    @Inject
    CdnPurges purges;

    @Inject
    CdnSettings settings;

    private volatile Optional<CdnTarget> target = Optional.empty();
    private Rounds rounds;
    /** Keys purged a moment ago, to purge again once every node has seen the change. Touched only by the round under way. */
    private PurgeRepeats repeats;
    /** Seqs past the cursor already purged (beyond a gap). Touched only by the round under way. */
    private final Set<Long> purgedPastCursor = new HashSet<>();
    /** After failed purges: the first failure is a warning, the repeats until a success are not. */
    private org.livebrief.platform.Backoff backoff;

    @PostConstruct
    void start() {
        target = settings.target();
        rounds = new Rounds("CDN purge", threads, Threads.Pool.OUTBOX, this::round);
        backoff = new org.livebrief.platform.Backoff(settings.pollMillis(), settings.maxBackoffMillis());
        repeats = new PurgeRepeats(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(settings.repeatMillis()));
        target.ifPresent(t -> {
            LOG.infof("CDN purging on: %s", t.getClass().getSimpleName());
            org.livebrief.platform.Metrics.changeLogReader("cdn", purges::backlog);
            timers.createIntervalTimer(settings.pollMillis(), settings.pollMillis(), new TimerConfig("cdn-purge", false));
        });
    }

    @PreDestroy
    void stop() {
        rounds.stop(java.time.Duration.ofSeconds(10));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        wake();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        wake();
    }

    private void wake() {
        if (target.isPresent()) {
            rounds.wake();
        }
    }

    /** One batch: purge, then move the cursor. True when more is waiting. */
    private boolean round() {
        if (backoff.waiting()) {
            return false; // backing off after a failure: changes meanwhile go out with the next attempt
        }
        CdnTarget to = target.orElseThrow();
        CdnPurges.Batch batch = purges.next(purgedPastCursor);
        Set<String> keys = new LinkedHashSet<>();
        batch.changes().forEach(c -> keys.addAll(c.keys()));
        long now = System.nanoTime();
        Set<String> repeated = repeats.takeDue(now);
        if (!keys.isEmpty() || !repeated.isEmpty()) {
            Set<String> all = new LinkedHashSet<>(keys);
            all.addAll(repeated);
            try {
                to.purge(all);
                repeats.purged(now, keys);
                if (!keys.isEmpty() && settings.repeatMillis() > 0) {
                    // A round when the repeat is due, not at the next poll (up to livebrief.cdn.poll-millis later).
                    timers.createSingleActionTimer(settings.repeatMillis(), new TimerConfig("cdn-purge-repeat", false));
                }
                if (backoff.succeeded()) {
                    LOG.infof("CDN purging works again");
                }
            } catch (java.io.IOException | RuntimeException e) {
                repeats.failed(repeated);
                if (backoff.failed()) {
                    LOG.warnf("CDN purge of %d keys failed (%s); retried after %d ms, the wait doubling up to %d ms, until "
                            + "it works", keys.size(), e, backoff.waitMillis(), backoff.maxMillis());
                }
                return false;
            } catch (InterruptedException e) {
                repeats.failed(repeated);
                Thread.currentThread().interrupt();
                return false;
            }
        }
        purges.done(batch);
        purgedPastCursor.removeIf(seq -> seq <= batch.to());
        batch.changes().stream().filter(c -> c.seq() > batch.to()).forEach(c -> purgedPastCursor.add(c.seq()));
        return batch.more();
    }
}
