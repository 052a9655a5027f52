package org.livebrief.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /api/jobs}: the admin's long jobs and their progress ({@link Jobs}). */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    Jobs jobs;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<Jobs.View> recent() {
        return jobs.recent();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Jobs.View job(@PathParam("id") String id) {
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("Job", id));
    }

    /**
     * The answer to a request that started (or found running) a job: 202 with its address (JAX-RS resolves a
     * relative {@code Location} against the application's base, {@code /livebrief/api/}).
     */
    public static Response accepted(Jobs.View job) {
        return Response.accepted(job).location(URI.create("jobs/" + job.id())).build();
    }
}
