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
import java.util.concurrent.TimeUnit;
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

    private boolean on;
    private Rounds rounds;
    /** Seqs past the cursor already written (beyond a gap). Touched only by the round under way. */
    private final Set<Long> indexedPastCursor = new HashSet<>();
    /** Whether the last round failed: the first failure is a warning, the repeats until a success are not. */
    private boolean failing;
    private long backoff;
    private long retryAt = System.nanoTime();

    /** The wait after one more failure: the poll interval first, then twice the last wait, at most {@code max}. */
    static long nextBackoff(long last, long poll, long max) {
        return Math.min(max, last <= 0 ? poll : last * 2);
    }

    @PostConstruct
    void start() {
        on = SearchBackend.openSearch();
        rounds = new Rounds("Search indexing", threads, Threads.Pool.OUTBOX, this::round);
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
        if (System.nanoTime() - retryAt < 0) {
            return false; // backing off: the changes meanwhile wait in the log for the next attempt
        }
        SearchIndex.IndexRound round;
        try {
            round = index.indexNext(indexedPastCursor);
        } catch (RuntimeException e) {
            backoff = nextBackoff(backoff, pollMillis, maxBackoffMillis);
            retryAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoff);
            if (!failing) {
                LOG.warnf("Search indexing failed (%s): the changes since wait in the change log and are indexed once "
                        + "it works; retried after %d ms, the wait doubling up to %d ms", rootMessage(e), backoff,
                        maxBackoffMillis);
            }
            failing = true;
            return false;
        }
        if (round.to() < 0) {
            return false; // another node holds the cursor and indexes these changes
        }
        if (failing) {
            LOG.infof("Search indexing works again");
        }
        failing = false;
        backoff = 0;
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
