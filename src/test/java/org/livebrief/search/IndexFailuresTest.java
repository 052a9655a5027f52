package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

class IndexFailuresTest {

    private static final Throwable DISK_FULL = new SearchException("HSEARCH700124: Indexing failure: HSEARCH600019: Unable to commit",
            new IOException("No space left on device"));

    /** The future handler IndexFailures installs, as Hibernate Search would call it after commit. */
    private static Consumer<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler() {
        Capture capture = new Capture();
        new IndexFailures().apply(capture);
        assertThat(capture.commit).isEqualTo(DocumentCommitStrategy.NONE);
        assertThat(capture.refresh).isEqualTo(DocumentRefreshStrategy.NONE);
        return capture.handler;
    }

    private static CompletableFuture<SearchIndexingPlanExecutionReport> failedWith(Throwable thrown) {
        return CompletableFuture.completedFuture(new SearchIndexingPlanExecutionReport() {
            @Override
            public Optional<Throwable> throwable() {
                return Optional.of(thrown);
            }

            @Override
            public List<? extends EntityReference> failingEntities() {
                return List.of();
            }
        });
    }

    @Test
    void aFullDiskDoesNotThrowIntoTheCommittedTransaction() {
        handler().accept(failedWith(DISK_FULL));
        handler().accept(CompletableFuture.failedFuture(DISK_FULL));
    }

    /** Readiness ({@link SearchReadiness}) is down for a minute after the disk under the index was last found full. */
    @Test
    void aFullDiskMakesSearchUnreadyForAMinute() {
        handler().accept(failedWith(DISK_FULL));
        java.time.Instant now = java.time.Instant.now();
        assertThat(IndexFailures.storageFailing(now)).isTrue();
        assertThat(IndexFailures.storageFailing(now.plusSeconds(59))).isTrue();
        assertThat(IndexFailures.storageFailing(now.plusSeconds(61))).isFalse();
    }

    /** Each transaction's writes are counted as pending until they finish, and timed with their outcome. */
    @Test
    void indexWritesArePendingUntilTheyFinishAndTimedWithTheirOutcome() {
        CompletableFuture<SearchIndexingPlanExecutionReport> writes = new CompletableFuture<>();
        var handler = handler();
        double failedBefore = failedCount();
        double pendingBefore = pending();
        handler.accept(writes);
        assertThat(pending()).isEqualTo(pendingBefore + 1);
        writes.complete(failedWith(new IllegalStateException("the writer failed")).join());
        assertThat(pending()).isEqualTo(pendingBefore);
        assertThat(failedCount()).isEqualTo(failedBefore + 1);
    }

    private static double pending() {
        return org.livebrief.platform.Metrics.registry().get("livebrief.search.indexing.pending").gauge().value();
    }

    private static double failedCount() {
        var timer = org.livebrief.platform.Metrics.registry().find("livebrief.search.indexing").tag("outcome", "failed").timer();
        return timer == null ? 0 : timer.count();
    }

    /**
     * The request that committed does not wait for the index (issue #15): the handler only attaches to the writes'
     * future and returns, where write-sync's would block until the writer is done.
     */
    @Test
    void theCommittingRequestDoesNotWaitForTheIndexWrites() {
        CompletableFuture<SearchIndexingPlanExecutionReport> pending = new CompletableFuture<>();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> handler().accept(pending));
        assertThat(pending).isNotDone();
        assertThat(pending.getNumberOfDependents()).isEqualTo(1);
    }

    /** A failure after commit is logged from the writer's thread; nothing is thrown into anyone's transaction. */
    @Test
    void aFailureAfterCommitIsReportedNotThrown() {
        CompletableFuture<SearchIndexingPlanExecutionReport> pending = new CompletableFuture<>();
        handler().accept(pending);
        pending.complete(failedWith(new IllegalStateException("mapping broken")).join());
        CompletableFuture<SearchIndexingPlanExecutionReport> broken = new CompletableFuture<>();
        handler().accept(broken);
        broken.completeExceptionally(new IllegalStateException("writer closed"));
        IndexFailures.afterCommit(null, new java.util.concurrent.CompletionException(new IllegalStateException("x")));
        assertThat(pending).isCompleted();
        assertThat(broken).isCompletedExceptionally();
    }

    private static final class Capture implements IndexingPlanSynchronizationStrategyConfigurationContext {
        DocumentCommitStrategy commit;
        DocumentRefreshStrategy refresh;
        Consumer<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler;

        @Override
        public void documentCommitStrategy(DocumentCommitStrategy strategy) {
            commit = strategy;
        }

        @Override
        public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
            refresh = strategy;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void indexingFutureHandler(Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> h) {
            handler = (Consumer<CompletableFuture<? extends SearchIndexingPlanExecutionReport>>) (Consumer<?>) h;
        }

        @Override
        public FailureHandler failureHandler() {
            return new IndexFailures();
        }

        @Override
        public void operationSubmitter(OperationSubmitter submitter) {
        }
    }
}
