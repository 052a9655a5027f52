package org.livebrief.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while search answers: a count of the index (at most 2 s; 400 ms on OpenSearch) succeeds and the disk under
 * the index has not been full in the last minute ({@link IndexFailures}). {@code GET http://127.0.0.1:9990/health/ready} then lists
 * {@code livebrief-search} beside {@code livebrief-database}; a node whose index cannot be searched or written leaves
 * the load balancer until it can.
 *
 * <p>With the index on OpenSearch ({@link SearchBackend}) an engine that does not answer keeps the node ready, and
 * says so ({@code opensearch: unreachable}): every node shares the engine, so taking them out would take every node
 * out of the load balancer at once, and with them the live pages, feeds and the desk, which do not need search.
 * Searches meanwhile answer 503 and the metrics count them; an admin alerts on those.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    private static final String NAME = "livebrief-search";

    @Inject
    SearchIndex index;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        if (IndexFailures.storageFailing(clock.instant())) {
            return HealthCheckResponse.named(NAME).down().withData("error", "the disk under the index is full").build();
        }
        try {
            // OpenSearch that hangs instead of refusing must not hold the answer past a load balancer's check timeout
            // (HAProxy's is its 1 s interval): every node would be taken out at once for an outage only search suffers.
            long documents = SearchBackend.openSearch() ? index.count(400, TimeUnit.MILLISECONDS)
                    : index.count(2, TimeUnit.SECONDS);
            return HealthCheckResponse.named(NAME).up().withData("documents", documents)
                    .withData("rebuilding", index.rebuilding()).build();
        } catch (RuntimeException e) {
            if (SearchBackend.openSearch()) {
                return HealthCheckResponse.named(NAME).up().withData("opensearch", "unreachable")
                        .withData("error", e.getClass().getSimpleName()).build();
            }
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
