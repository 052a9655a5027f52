package org.livebrief.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives a problem body to an error response a resource built without one (for example a 412 from
 * {@code Request.evaluatePreconditions}), so every 4xx and 5xx of the API is {@code application/problem+json}.
 */
@Provider
public class ProblemBodies implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            Response.StatusType status = response.getStatusInfo();
            response.setEntity(ProblemMapper.ofStatus(status.getStatusCode(), status.getReasonPhrase()).toJson(), null,
                    Problem.MEDIA_TYPE);
        }
    }
}
