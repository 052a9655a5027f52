package org.livebrief.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;
import org.livebrief.platform.DatabaseOutage;

/**
 * What an indexing failure does to the log. A full disk under the index (it sits beside H2's file in the data
 * folder) fails every index write, each with a stack trace from Hibernate Search's worker and another from the
 * transaction's completion; that is one warning per episode here, saying the entries indexed meanwhile need a
 * rebuild. Any other failure is logged as Hibernate Search would, stack trace and all. As the indexing plan's
 * synchronization it waits for the index like Hibernate Search's default ({@code write-sync}), but does not throw
 * into the completed transaction for a full disk: the change is committed and the answer already decided.
 * Configured in persistence.xml ({@code background_failure_handler}, {@code indexing.plan.synchronization.strategy}).
 */
public class IndexFailures implements FailureHandler, IndexingPlanSynchronizationStrategy {

    private static final Logger LOG = Logger.getLogger(IndexFailures.class);
    private static final Duration QUIET = Duration.ofMinutes(1);
    private static Instant lastStorageFailure = Instant.MIN;

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
        context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(IndexFailures::await);
    }

    private static void await(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
        SearchIndexingPlanExecutionReport report;
        try {
            report = future.join();
        } catch (CompletionException e) {
            if (storageFull(e.getCause())) {
                return;
            }
            throw e;
        }
        report.throwable().filter(t -> !storageFull(t)).ifPresent(t -> {
            throw new SearchException("Indexing failure: " + t.getMessage() + "; entities that may not be indexed: "
                    + report.failingEntities(), t);
        });
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
