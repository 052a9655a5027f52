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
import org.livebrief.briefing.Briefings;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Requests;
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

    /**
     * Newest first, a page at a time: {@code ?before={revision}&limit=} (1–200, default 100); a further page is
     * announced in a {@code Link: <…>; rel="next"} header, so the answer stays a plain array.
     */
    @GET
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response audit(@PathParam("id") long id, @QueryParam("before") Long before,
                          @QueryParam("limit") @DefaultValue("100") int limit) {
        briefings.find(id, Caller.of(security));
        Revisions.Page<Object> page = revisions.auditTrail(id, before, Requests.pageSize(limit));
        return paged(page, "/livebrief/api/briefings/" + id + "/audit?before=" + page.next() + "&limit=" + limit);
    }

    static Response paged(Revisions.Page<?> page, String next) {
        Response.ResponseBuilder answer = Response.ok(page.items());
        if (page.next() != null) {
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
