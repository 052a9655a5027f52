package org.livebrief.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.jboss.logging.Logger;
import org.livebrief.platform.DatabaseOutage;
import org.livebrief.platform.Metrics;

/**
 * How index writes follow commits, and what an indexing failure does to the log.
 *
 * <p>As the indexing plan's synchronization: the documents of a committed change are handed to the index's writer
 * after commit and the request does not wait for them ({@code DocumentCommitStrategy.NONE}, no refresh). Searches
 * see them as soon as the writer has them (Hibernate Search refreshes its reader on the next search), within
 * milliseconds; the writer commits to disk every {@code hibernate.search.backend.io.commit_interval} (1 s). Waiting
 * for a forced Lucene commit per request ({@code write-sync}, before) cost the publishing path a disk flush per
 * request and its place in the writer's queue (docs/benchmarks.md, "Publishing"). The index is a cache of the
 * database: what a crash loses of its last second {@link IndexBootstrap} repairs at the next start.
 *
 * <p>As the failure handler: a full disk under the index (it sits beside H2's file in the data folder) fails every
 * index write, each with a stack trace; that is one warning per episode here, saying the entries indexed meanwhile
 * need a rebuild. Any other failure is logged as Hibernate Search would, stack trace and all; a failure of the
 * writes after commit is logged with the entities it concerns (the change itself is committed and answered).
 * Configured in persistence.xml ({@code background_failure_handler}, {@code indexing.plan.synchronization.strategy}).
 */
public class IndexFailures implements FailureHandler, IndexingPlanSynchronizationStrategy {

    private static final Logger LOG = Logger.getLogger(IndexFailures.class);
    private static final Duration QUIET = Duration.ofMinutes(1);
    private static Instant lastStorageFailure = Instant.MIN;

    /** Committed changes whose index writes are under way; {@code livebrief_search_indexing_pending}. */
    private static final java.util.concurrent.atomic.AtomicLong PENDING = new java.util.concurrent.atomic.AtomicLong();

    static {
        Metrics.indexingPending(PENDING, java.util.concurrent.atomic.AtomicLong::get);
    }

    @Override
    public void handle(FailureContext context) {
        if (!storageFull(context.throwable())) {
            LOG.errorf(context.throwable(), "Search index failure: %s", context);
        }
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        if (!storageFull(context.throwable())) {
            LOG.errorf(context.throwable(), "Search index failure for %s: %s", context.failingEntityReferences(), context);
        }
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> {
            long start = System.nanoTime();
            PENDING.incrementAndGet();
            future.whenComplete((report, thrown) -> {
                PENDING.decrementAndGet();
                boolean failed = afterCommit(report, thrown);
                Metrics.indexed(System.nanoTime() - start, failed);
            });
        });
    }

    /**
     * Whether the disk under the index is full now: a storage failure less than {@link #QUIET} ago. Search readiness
     * reports it ({@link SearchReadiness}).
     */
    static boolean storageFailing(Instant now) {
        synchronized (IndexFailures.class) {
            return lastStorageFailure.plus(QUIET).isAfter(now);
        }
    }

    /** The outcome of one transaction's index writes, in the writer's thread; never throws. True when it failed. */
    static boolean afterCommit(SearchIndexingPlanExecutionReport report, Throwable thrown) {
        Throwable failure = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (failure == null && report != null) {
            failure = report.throwable().orElse(null);
        }
        if (failure != null && !storageFull(failure)) {
            LOG.errorf(failure, "Search index: writing the documents of a committed change failed; entities that may "
                    + "not be indexed: %s (POST /api/search/reindex repairs it)", report == null ? "unknown" : report.failingEntities());
        }
        return failure != null;
    }

    /** True for a full disk; the first of an episode (failures less than a minute apart) is logged, in one line. */
    static boolean storageFull(Throwable thrown) {
        if (thrown == null || !DatabaseOutage.isStorageFull(thrown)) {
            return false;
        }
        Instant now = Clock.systemUTC().instant();
        boolean starts;
        synchronized (IndexFailures.class) {
            starts = lastStorageFailure.plus(QUIET).isBefore(now);
            lastStorageFailure = now;
        }
        if (starts) {
            LOG.warnf("Search index: the disk is full (%s); entries published or changed until there is room again "
                    + "may be missing from search: rebuild the index then (POST /api/search/reindex)", rootMessage(thrown));
        }
        return true;
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
