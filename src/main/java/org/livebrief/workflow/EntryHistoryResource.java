package org.livebrief.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.livebrief.briefing.Entries;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Requests;
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

    /**
     * Oldest first, a page at a time: {@code ?after={revision}&limit=} (1–200, default 100); a further page is
     * announced in a {@code Link: <…>; rel="next"} header, so the answer stays a plain array.
     */
    @GET
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
    public Response revisions(@PathParam("briefingId") long briefingId, @PathParam("entryId") long entryId,
                              @QueryParam("after") @DefaultValue("0") long after,
                              @QueryParam("limit") @DefaultValue("100") int limit) {
        entries.find(briefingId, entryId, Caller.of(security));
        Revisions.Page<Revisions.EntryRevision> page = revisions.ofEntry(entryId, after, Requests.pageSize(limit));
        return AuditResource.paged(page, "/livebrief/api/briefings/" + briefingId + "/entries/" + entryId
                + "/revisions?after=" + page.next() + "&limit=" + limit);
    }
}
