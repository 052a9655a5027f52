package org.livebrief.names;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.livebrief.platform.Jobs;
import org.livebrief.platform.Threads;

/**
 * Tags older entries again when the authority changes, so a newly registered entity (or a new variant)
 * finds the entries that mentioned it before it was known. {@link #all} runs the whole archive in batches
 * of {@link #BATCH} entries, each its own transaction; after a registration commits, the same runs on the
 * managed executor. Requests coalesce: while a run is going, any number of further registrations (a bulk
 * import) cause exactly one more run after it.
 */
@ApplicationScoped
public class Retagging {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(Retagging.class);

    /** The authority changed: an entity was registered or got a new name. */
    public record AuthorityChanged(long entityId) {
    }

    /** What a whole run did. */
    public record Report(int entries, int changed) {
    }

    @Inject
    Mentions mentions;

    @Inject
    Threads threads;

    private final AtomicBoolean running = new AtomicBoolean();
    private final ReentrantLock runs = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    /** Set on undeploy: a background run stops at its next batch (a retag can always be run again). */
    private volatile boolean stopping;

    /**
     * Undeploy or shutdown: a run stops at its next batch, and this waits (at most 15 s) for the batch under way to
     * commit, so it never loses its persistence unit halfway through a transaction (stop 17: one cut off there stayed
     * open on a shared thread, holding its row locks, and on PostgreSQL every later retag waited on them).
     */
    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
        try {
            if (runs.tryLock(15, java.util.concurrent.TimeUnit.SECONDS)) {
                runs.unlock();
            } else {
                LOG.warn("A retag batch was still running after 15 s of undeploy; it is rolled back");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tags every published entry again, batch by batch. */
    public Report all() {
        return all(null);
    }

    /**
     * Tags every published entry again, batch by batch, reporting to a job's {@code progress} (may be null).
     * Runs on this node take turns: a batch locks up to {@link #BATCH} entry rows until it commits, and two runs
     * walking the same rows would wait on each other past the database's lock timeout.
     */
    public Report all(Jobs.Progress progress) {
        runs.lock();
        try {
            return run(progress);
        } finally {
            runs.unlock();
        }
    }

    private Report run(Jobs.Progress progress) {
        if (progress != null) {
            progress.total(mentions.publishedEntries());
        }
        int entries = 0;
        int changed = 0;
        long after = 0;
        while (!stopping) {
            Mentions.Batch batch = mentions.retag(after, BATCH);
            entries += batch.entries();
            changed += batch.changed();
            if (progress != null) {
                progress.done(entries);
            }
            if (batch.last() == null || batch.entries() < BATCH) {
                return new Report(entries, changed);
            }
            after = batch.last();
        }
        return new Report(entries, changed);
    }

    void authorityChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuthorityChanged change) {
        again.set(true);
        if (running.compareAndSet(false, true) && !threads.execute(Threads.Pool.WORK, this::runWhileRequested)) {
            running.set(false);
        }
    }

    private void runWhileRequested() {
        try {
            while (again.getAndSet(false)) {
                Report report = all();
                LOG.debugf("Retagged %d entries after an authority change, %d changed", report.entries(), report.changed());
            }
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.debug("Retagging stopped by undeploy", e);
            } else {
                LOG.error("Retagging after an authority change failed; POST /api/names/retag runs it again", e);
            }
        } finally {
            running.set(false);
            if (!stopping && again.get() && running.compareAndSet(false, true)
                    && !threads.execute(Threads.Pool.WORK, this::runWhileRequested)) {
                running.set(false);
            }
        }
    }
}
