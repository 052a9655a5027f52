package org.livebrief.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Livebrief's own threads: every background task of the application runs here, never on the server's default
 * executors.
 * <p>
 * Why (stop 17, the PostgreSQL webhook and live-push stalls): WildFly's default {@code ManagedExecutorService} has
 * twice as many threads as cores (four here) for every deployment of the server, with an unbounded queue. A retag
 * batch cut off by an undeploy left its transaction associated with one of those threads (WFLYEE0135 "Failed to
 * resume transaction"); the transaction stayed open, holding its row locks, until the transaction timeout (five
 * minutes). On PostgreSQL a lock wait has no end, so the next deployment's retag runs queued behind it on the other
 * three threads, and live delivery and webhook rounds waited in the queue behind those: no event arrived. H2 gives
 * up a lock wait after its lock timeout (2 s), which is why it only ever showed on PostgreSQL; the PostgreSQL
 * datasource now sets {@code lock_timeout} too ({@code src/main/wildfly/postgresql.cli}).
 * <p>
 * So: the pools below belong to this deployment (Jakarta Concurrency definitions; they end with it); each kind of
 * work has its own, so a slow kind cannot starve another (live push never waits behind a retag or a hanging webhook
 * receiver); and every task is {@linkplain #guarded guarded}: a task that returns with a transaction still
 * associated with its thread has it rolled back there, logged as the bug it is, so its locks go at once and the
 * next task on the thread starts clean.
 */
@ManagedExecutorDefinition(name = Threads.LIVE, maxAsync = 2)
@ManagedExecutorDefinition(name = Threads.OUTBOX, maxAsync = 2)
@ManagedExecutorDefinition(name = Threads.WORK, maxAsync = 2)
@ManagedScheduledExecutorDefinition(name = Threads.TIMERS, maxAsync = 2)
@ApplicationScoped
public class Threads {

    static final String LIVE = "java:app/concurrent/LivebriefLive";
    static final String OUTBOX = "java:app/concurrent/LivebriefOutbox";
    static final String WORK = "java:app/concurrent/LivebriefWork";
    static final String TIMERS = "java:app/concurrent/LivebriefTimers";

    private static final Logger LOG = Logger.getLogger(Threads.class);

    /** The kinds of background work, each with its own threads. */
    public enum Pool {
        /** Live push to readers and desks: short, and what readers wait for. */
        LIVE,
        /** Calls to other servers (webhooks, the WebSub hub): may hang until their timeout. */
        OUTBOX,
        /** Long work over the archive: retagging, index repair, admins' jobs. */
        WORK
    }

    @Resource(lookup = LIVE)
    ManagedExecutorService live;

    @Resource(lookup = OUTBOX)
    ManagedExecutorService outbox;

    @Resource(lookup = WORK)
    ManagedExecutorService work;

    @Resource(lookup = TIMERS)
    ManagedScheduledExecutorService timers;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactions;

    /**
     * Runs {@code task} on {@code pool}, guarded. False when the pool refused it (the application is stopping): the
     * caller's next tick or restart does the work.
     */
    public boolean execute(Pool pool, Runnable task) {
        ManagedExecutorService executor = switch (pool) {
            case LIVE -> live;
            case OUTBOX -> outbox;
            case WORK -> work;
        };
        try {
            executor.execute(guarded(task, transactions));
            return true;
        } catch (RejectedExecutionException e) {
            LOG.debugf("%s task not started, the application is stopping: %s", pool, e);
            return false;
        }
    }

    /** Runs {@code task} every {@code millis}, {@code millis} after the end of the run before, guarded. */
    public ScheduledFuture<?> everyMillis(long millis, Runnable task) {
        return timers.scheduleWithFixedDelay(guarded(task, transactions), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} at a fixed rate of one run per {@code millis}, guarded. */
    public ScheduledFuture<?> atRateMillis(long millis, Runnable task) {
        return timers.scheduleAtFixedRate(guarded(task, transactions), millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * The task, then a check that it left no transaction associated with the thread: one that did is rolled back (or,
     * when it already ended, at least taken off the thread). What the task throws still propagates.
     */
    static Runnable guarded(Runnable task, TransactionManager transactions) {
        return () -> {
            try {
                task.run();
            } finally {
                endLeftOver(transactions, task);
            }
        };
    }

    /** Rolls back a transaction a task left on this thread; true when there was one. Never throws. */
    static boolean endLeftOver(TransactionManager transactions, Object task) {
        int status;
        try {
            status = transactions.getStatus();
        } catch (Exception | LinkageError e) {
            LOG.debugf(e, "Cannot read the thread's transaction status after %s", task);
            return false;
        }
        if (status == Status.STATUS_NO_TRANSACTION) {
            return false;
        }
        LOG.errorf("A background task (%s) left a transaction on its thread (JTA status %d): rolling it back", task, status);
        try {
            transactions.rollback();
        } catch (Exception e) {
            LOG.warnf("Could not roll back the transaction %s left (%s); taking it off the thread", task, e);
            try {
                transactions.suspend();
            } catch (Exception again) {
                LOG.warnf(again, "Could not take the transaction %s left off its thread", task);
            }
        }
        return true;
    }
}
