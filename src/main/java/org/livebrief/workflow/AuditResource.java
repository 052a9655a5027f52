package org.livebrief.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.livebrief.briefing.Briefings;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Roles;

/** {@code GET /api/briefings/{id}/audit}: everything that happened in a briefing, newest first, for editors. */
@Path("briefings/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    Briefings briefings;

    @Inject
    Revisions revisions;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public List<Object> audit(@PathParam("id") long id) {
        briefings.find(id, Caller.of(security));
        return revisions.auditTrail(id);
    }
}
