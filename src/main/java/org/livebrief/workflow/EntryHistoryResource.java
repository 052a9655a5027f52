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
import org.livebrief.briefing.Entries;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Roles;

/**
 * {@code GET /api/briefings/{briefingId}/entries/{entryId}/revisions}: an entry's revision history, for staff.
 * A root resource of its own (its path is more specific than the entries resource's, so it wins the match), so
 * that the history sits above the briefing aggregate instead of inside it.
 */
@Path("briefings/{briefingId}/entries/{entryId}/revisions")
@Produces(MediaType.APPLICATION_JSON)
public class EntryHistoryResource {

    @Inject
    Entries entries;

    @Inject
    Revisions revisions;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    public List<Revisions.EntryRevision> revisions(@PathParam("briefingId") long briefingId,
                                                   @PathParam("entryId") long entryId) {
        entries.find(briefingId, entryId, Caller.of(security));
        return revisions.ofEntry(entryId);
    }
}
