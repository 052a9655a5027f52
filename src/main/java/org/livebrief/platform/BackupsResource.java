package org.livebrief.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code POST /api/backups}: an admin takes an online backup of the embedded H2 database (202 and a job whose result
 * names the zip, its size and SHA-256). On PostgreSQL a 409 problem points to {@code pg_dump}.
 */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    Backups backups;

    @Inject
    Jobs jobs;

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response take(@Context SecurityContext security) {
        backups.requireH2();
        return JobsResource.accepted(jobs.start("backup", Caller.of(security), backups::take));
    }
}
