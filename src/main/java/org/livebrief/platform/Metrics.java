package org.livebrief.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * Livebrief's metrics: one Prometheus registry per deployment, scraped at {@code GET /api/metrics}
 * ({@link MetricsResource}, admins and admin API tokens). Every meter name is made here, so this class, the table in
 * {@code docs/operations.md} ("Metrics") and the dashboard {@code docs/grafana-livebrief.json} list the same ones.
 *
 * <p>Static, because some of the code that counts runs outside CDI: Undertow's handler chain ({@link RequestMetrics}),
 * the feed fast path, Hibernate Search's indexing callbacks. A deployment has its own class loader, so a redeploy
 * starts a new registry; {@link #close()} (at undeploy, {@link MetricsLifecycle}) releases the JVM listeners.
 *
 * <p>Labels are bounded by construction: routes are templates ({@code /api/briefings/{briefingId}}), never a path
 * a client typed; methods outside HTTP's standard set are {@code OTHER}. An attacker who requests a million
 * different URLs adds no series.
 */
public final class Metrics {

    private static final Logger LOG = Logger.getLogger(Metrics.class);

    /** Latency buckets (seconds): from a cached feed (sub-millisecond) to a slow publication. */
    private static final Duration[] LATENCY = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private static final PrometheusMeterRegistry REGISTRY = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private static final JvmGcMetrics GC = new JvmGcMetrics();

    static {
        REGISTRY.config().commonTags("application", "livebrief");
        new ClassLoaderMetrics().bindTo(REGISTRY);
        new JvmMemoryMetrics().bindTo(REGISTRY);
        GC.bindTo(REGISTRY);
        new JvmThreadMetrics().bindTo(REGISTRY);
        new ProcessorMetrics().bindTo(REGISTRY);
        new UptimeMetrics().bindTo(REGISTRY);
        new FileDescriptorMetrics().bindTo(REGISTRY);
    }

    private static final Timer LIVE_DELIVERY = Timer.builder("livebrief.live.delivery")
            .description("From a change to its live event handed to the open streams")
            .serviceLevelObjectives(LATENCY).register(REGISTRY);
    private static final Timer NAME_RESOLUTION = Timer.builder("livebrief.names.resolution")
            .description("Name resolutions against the authority (API, tagging, search's name expansion)")
            .serviceLevelObjectives(LATENCY).register(REGISTRY);

    /** How a feed request was answered: see {@link #feedCache}. */
    public enum FeedCacheResult {
        /** From memory by Undertow's fast path, before any servlet. */
        FAST,
        /** From memory by the servlet: confirmed current a moment ago. */
        FRESH,
        /** From memory after one query showed nothing changed. */
        REVALIDATED,
        /** Built from the database: a miss. */
        BUILT;

        private final Counter counter = Counter.builder("livebrief.feed.cache.requests")
                .description("Feed requests by how the feed was found: fast, fresh and revalidated are hits, built is a miss")
                .tag("result", name().toLowerCase(Locale.ROOT)).register(REGISTRY);
    }

    static {
        // Every result from the start, at 0, so a dashboard's ratio has all its terms before the first feed request.
        FeedCacheResult.values();
    }

    /** The backlog of one reader of the change log: changes it has not handled yet, and the age of the oldest. */
    public record Backlog(long changes, Duration oldest) {
        public static final Backlog NONE = new Backlog(0, Duration.ZERO);
    }

    private Metrics() {
    }

    /** The registry, for tests and for binders a feature adds itself. */
    public static MeterRegistry registry() {
        return REGISTRY;
    }

    /** The registry in Prometheus' text format, or OpenMetrics when {@code accept} asks for it. */
    static String scrape(String accept) {
        return REGISTRY.scrape(contentType(accept));
    }

    static String contentType(String accept) {
        return accept != null && accept.contains("application/openmetrics-text")
                ? "application/openmetrics-text; version=1.0.0; charset=utf-8"
                : "text/plain; version=0.0.4; charset=utf-8";
    }

    /** One HTTP request, timed from its first byte to the end of the exchange (a live stream: until it closed). */
    static void request(String method, String route, int status, long nanos) {
        String known = METHODS.contains(method) ? method : "OTHER";
        REQUESTS.computeIfAbsent(new RequestKey(known, route, status), key -> Timer.builder("livebrief.http.requests")
                        .description("HTTP requests by method, route template and status")
                        .tags("method", key.method(), "route", key.route(), "status", Integer.toString(key.status()))
                        .serviceLevelObjectives(LATENCY).register(REGISTRY))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The request timers by their labels: a map look-up per request instead of building and sorting tags. */
    private static final java.util.Map<RequestKey, Timer> REQUESTS = new java.util.concurrent.ConcurrentHashMap<>();

    private record RequestKey(String method, String route, int status) {
    }

    /**
     * One entry transition through the API ({@code publish}, {@code approve}, {@code correct}…), its transaction
     * included; {@code outcome} is {@code ok} or the problem's status. Publish latency is
     * {@code transition="publish"}.
     */
    public static void transition(String transition, String outcome, long nanos) {
        Timer.builder("livebrief.entry.transitions").description("Entry transitions (publish, approve, …), commit included")
                .tags("transition", transition, "outcome", outcome).serviceLevelObjectives(LATENCY)
                .register(REGISTRY).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** From a change's commit to its event handed to the open live streams of its briefing (this node). */
    public static void liveDelivery(Duration sinceChange) {
        LIVE_DELIVERY.record(sinceChange.isNegative() ? Duration.ZERO : sinceChange);
    }

    /** Live streams open on this node, by kind ({@code reader} or {@code desk}). */
    public static <T> void streams(String kind, T source, ToDoubleFunction<T> open) {
        Gauge.builder("livebrief.live.streams", source, open).description("Live event streams open on this node")
                .tag("kind", kind).strongReference(true).register(REGISTRY);
    }

    /** A feed request answered, by how: the hit ratio is {@code 1 - built / all}. */
    public static void feedCache(FeedCacheResult result) {
        result.counter.increment();
    }

    /**
     * A reader of the change log (WebSub pings, webhooks, CDN purges) and its backlog, read at most once a second
     * whatever the scrape rate: {@code livebrief_changelog_lag_changes} and {@code livebrief_changelog_lag_seconds}.
     * A backlog that cannot be read (the database is away) is NaN, and logged at debug level only.
     */
    public static void changeLogReader(String consumer, Supplier<Backlog> backlog) {
        Memo memo = new Memo(consumer, backlog);
        Gauge.builder("livebrief.changelog.lag.changes", memo, m -> m.get() == null ? Double.NaN : m.get().changes())
                .description("Changes committed that this reader of the change log has not handled yet")
                .tag("consumer", consumer).strongReference(true).register(REGISTRY);
        Gauge.builder("livebrief.changelog.lag", memo, m -> m.get() == null ? Double.NaN : m.get().oldest().toMillis() / 1000.0)
                .description("Age of the oldest change this reader of the change log has not handled yet")
                .baseUnit("seconds").tag("consumer", consumer).strongReference(true).register(REGISTRY);
    }

    /** From a transaction's commit to its documents in the search index's writer. */
    public static void indexed(long nanos, boolean failed) {
        Timer.builder("livebrief.search.indexing").description("From commit to the documents handed to the index writer")
                .tag("outcome", failed ? "failed" : "ok").serviceLevelObjectives(LATENCY)
                .register(REGISTRY).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Committed changes whose index writes have not finished: {@code source} counts them. */
    public static <T> void indexingPending(T source, ToDoubleFunction<T> pending) {
        Gauge.builder("livebrief.search.indexing.pending", source, pending)
                .description("Committed changes whose search index writes have not finished")
                .strongReference(true).register(REGISTRY);
    }

    /** One name resolution (a query against the name authority: API, tagging, search's name expansion). */
    public static void nameResolution(long nanos) {
        NAME_RESOLUTION.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Undeploy: the JVM's GC listeners are released, and the registry with them. */
    static void close() {
        GC.close();
        REGISTRY.close();
    }

    /** A backlog read at most once a second, shared by the two gauges of one reader. */
    private static final class Memo {
        private final String consumer;
        private final Supplier<Backlog> read;
        private Backlog value;
        private long readAt;

        Memo(String consumer, Supplier<Backlog> read) {
            this.consumer = consumer;
            this.read = read;
        }

        synchronized Backlog get() {
            long now = System.nanoTime();
            if (readAt == 0 || now - readAt > TimeUnit.SECONDS.toNanos(1)) {
                readAt = now;
                try {
                    value = read.get();
                } catch (RuntimeException e) {
                    LOG.debugf(e, "The change-log backlog of %s could not be read", consumer);
                    value = null;
                }
            }
            return value;
        }
    }
}
