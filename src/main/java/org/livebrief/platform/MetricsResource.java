package org.livebrief.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/metrics}: this node's metrics in Prometheus' text format (OpenMetrics when the scraper asks for it).
 * Admins only: a scraper uses a read-only API token with the admin role ({@code docs/operations.md}, "Metrics").
 * Never cached; each node answers for itself.
 */
@Path("metrics")
public class MetricsResource {

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response scrape(@HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return Response.ok(Metrics.scrape(accept), Metrics.contentType(accept))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
