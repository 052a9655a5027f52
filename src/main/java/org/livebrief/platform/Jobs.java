package org.livebrief.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Long admin jobs (retag, reindex) run in the background, never in the request: starting one answers at once
 * with the job, and {@code GET /api/jobs/{id}} shows its progress. One job of a kind runs at a time; asking
 * for another while it runs returns the running one. Jobs live in this node's memory (the newest
 * {@link #KEPT} of them): a restart forgets them, and the work they do can always be started again.
 */
@ApplicationScoped
public class Jobs {

    static final int KEPT = 100;
    static final int MAX_ERRORS = 50;
    private static final Logger LOG = Logger.getLogger(Jobs.class);

    /** What the work reports as it goes: how much there is, how much is done, what went wrong. */
    public interface Progress {
        void total(long total);

        void done(long done);

        void error(String error);
    }

    /**
     * A job as the API shows it. {@code result} is what the work returned, once it succeeded. {@code node}: the server
     * that runs it (its transaction node id, else WildFly's node name): jobs live in that node's memory, so behind a
     * load balancer an admin follows the job there.
     */
    public record View(String id, String kind, String state, long done, long total, List<String> errors,
                       String startedBy, Instant startedAt, Instant finishedAt, Object result, String node) {
    }

    /** This server's name among the nodes that share the database. */
    static final String NODE = System.getProperty("jboss.tx.node.id", System.getProperty("jboss.node.name", "livebrief-1"));

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    @Inject
    Threads threads;

    @Inject
    Clock clock;

    private volatile boolean stopping;

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /** Starts {@code work} in the background, unless a job of {@code kind} is running: then that one is returned. */
    public synchronized View start(String kind, Caller starter, Function<Progress, Object> work) {
        Optional<Job> running = jobs.values().stream().filter(j -> j.kind.equals(kind) && j.isRunning()).findFirst();
        if (running.isPresent()) {
            return running.get().view();
        }
        Job job = new Job(UUID.randomUUID().toString(), kind, starter.name(), clock.instant());
        jobs.put(job.id, job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        if (!threads.execute(Threads.Pool.WORK, () -> job.run(work))) {
            job.refused();
        }
        return job.view();
    }

    public synchronized Optional<View> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::view);
    }

    /** The newest jobs first. */
    public synchronized List<View> recent() {
        List<View> views = new ArrayList<>(jobs.values().stream().map(Job::view).toList());
        java.util.Collections.reverse(views);
        return views;
    }

    private final class Job implements Progress {
        final String id;
        final String kind;
        final String startedBy;
        final Instant startedAt;
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        final List<String> errors = new ArrayList<>();
        volatile String state = "queued";
        volatile Instant finishedAt;
        volatile Object result;

        Job(String id, String kind, String startedBy, Instant startedAt) {
            this.id = id;
            this.kind = kind;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        boolean isRunning() {
            return "queued".equals(state) || "running".equals(state);
        }

        void run(Function<Progress, Object> work) {
            state = "running";
            try {
                result = work.apply(this);
                state = stopping ? "stopped" : "succeeded";
            } catch (RuntimeException e) {
                LOG.errorf(e, "Job %s (%s) failed", id, kind);
                error(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                state = "failed";
            } finally {
                finishedAt = clock.instant();
            }
        }

        /** The executor would not take it: the application is stopping. */
        void refused() {
            error("The server is stopping: the job did not start; start it again when the server is back");
            state = "stopped";
            finishedAt = clock.instant();
        }

        @Override
        public void total(long value) {
            total.set(value);
        }

        @Override
        public void done(long value) {
            done.set(value);
        }

        @Override
        public void error(String error) {
            synchronized (errors) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(error);
                }
            }
        }

        View view() {
            List<String> copy;
            synchronized (errors) {
                copy = List.copyOf(errors);
            }
            return new View(id, kind, state, done.get(), total.get(), copy, startedBy, startedAt, finishedAt, result, NODE);
        }
    }
}
