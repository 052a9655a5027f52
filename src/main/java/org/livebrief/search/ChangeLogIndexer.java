package org.livebrief.search;

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
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Change;
import org.livebrief.platform.Metrics;
import org.livebrief.platform.Rounds;
import org.livebrief.platform.Threads;

/**
 * With search on OpenSearch ({@link SearchBackend}), the index follows the change log, as WebSub pings and CDN purges
 * do, instead of each node's commits: Hibernate Search's listeners are off, and a round ({@link SearchIndex#indexNext})
 * writes the documents of the changes after the cursor, waits for OpenSearch to take them, and only then moves the
 * cursor. So an index write is lost neither when the node that committed the change dies before writing it, nor while
 * OpenSearch is away: the changes wait in the log and go in when it answers again, without an admin's rebuild.
 *
 * <p>A committed change wakes a round on its node at once (a search on that node finds it after OpenSearch's refresh);
 * a timer runs one every {@code livebrief.search.poll-millis} (500 ms) for the changes of other nodes and for retries.
 * After a failure the rounds back off (the poll interval, doubling up to {@code livebrief.search.max-backoff-millis},
 * 30 s); one WARN line says so, one INFO line says when it works again. Changes past a gap in the log (a transaction
 * still open) are written once and remembered here, so the cursor can wait at the gap without writing them every
 * round. With the local Lucene index (one per node) this bean does nothing: each node's writes follow its own commits.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "IndexBootstrap"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChangeLogIndexer {

    private static final Logger LOG = Logger.getLogger(ChangeLogIndexer.class);

    @Resource
    TimerService timers;

    @Inject
    Threads threads;

    @Inject
    SearchIndex index;

    @Inject
    java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "livebrief.search.poll-millis", defaultValue = "500")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "livebrief.search.max-backoff-millis", defaultValue = "30000")
    long maxBackoffMillis;

    /** How soon a round that found the cursor held by another node tries again. */
    static final long RETRY_WHEN_HELD_MILLIS = 100;

    private boolean on;
    private Rounds rounds;
    /** Seqs past the cursor already written (beyond a gap). Touched only by the round under way. */
    private final Set<Long> indexedPastCursor = new HashSet<>();
    /** After failed rounds: the first failure is a warning, the repeats until a success are not. */
    private org.livebrief.platform.Backoff backoff;

    @PostConstruct
    void start() {
        on = SearchBackend.openSearch();
        rounds = new Rounds("Search indexing", threads, Threads.Pool.OUTBOX, this::round);
        backoff = new org.livebrief.platform.Backoff(pollMillis, maxBackoffMillis);
        if (!on) {
            return;
        }
        Metrics.changeLogReader("search", index::backlog);
        timers.createIntervalTimer(pollMillis, pollMillis, new TimerConfig("search-indexing", false));
        rounds.wake();
    }

    @PreDestroy
    void stop() {
        rounds.stop(Duration.ofSeconds(10));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        if (on) {
            rounds.wake();
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (on) {
            rounds.wake();
        }
    }

    /** One batch: write, then move the cursor. True when more is waiting. */
    private boolean round() {
        if (backoff.waiting()) {
            return false; // backing off: the changes meanwhile wait in the log for the next attempt
        }
        SearchIndex.IndexRound round;
        try {
            round = index.indexNext(indexedPastCursor);
        } catch (RuntimeException e) {
            if (backoff.failed()) {
                LOG.warnf("Search indexing failed (%s): the changes since wait in the change log and are indexed once "
                        + "it works; retried after %d ms, the wait doubling up to %d ms", rootMessage(e),
                        backoff.waitMillis(), backoff.maxMillis());
            }
            return false;
        }
        if (round.held()) {
            // Another node holds the cursor. Its round may have read the log before this node's newest commit: try
            // again shortly rather than at the next poll (up to livebrief.search.poll-millis later).
            timers.createSingleActionTimer(RETRY_WHEN_HELD_MILLIS, new TimerConfig("search-indexing-retry", false));
            return false;
        }
        if (backoff.succeeded()) {
            LOG.infof("Search indexing works again");
        }
        indexedPastCursor.removeIf(seq -> seq <= round.to());
        round.handled().stream().filter(seq -> seq > round.to()).forEach(indexedPastCursor::add);
        if (round.oldest() != null) {
            Metrics.indexed(Duration.between(round.oldest(), Instant.now(clock)).toNanos(), false);
        }
        return round.more();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e) : e.getClass().getSimpleName() + ": " + root;
    }
}
