package org.livebrief.briefing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Requests;
import org.livebrief.platform.Roles;

/** {@code /api/briefings}: list, create, read and revise briefings. */
@Path("briefings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BriefingsResource {

    @Inject
    Briefings briefings;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    public record Listing(List<BriefingView> items, String next) {
    }

    @GET
    public Listing list(@QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("20") int limit) {
        int size = Requests.pageSize(limit);
        List<BriefingView> items = briefings.list(Caller.of(security), before, size).stream().map(BriefingView::of).toList();
        String next = items.size() < size ? null
                : ReaderPaths.CONTEXT + "/api/briefings?before=" + items.get(items.size() - 1).id() + "&limit=" + size;
        return new Listing(items, next);
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(BriefingRequest request) {
        LiveBriefing created = briefings.create(Requests.body(request), Caller.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(String.valueOf(created.version()))
                .entity(BriefingView.of(created)).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        LiveBriefing briefing = briefings.find(id, Caller.of(security));
        return Response.ok(BriefingView.of(briefing)).tag(String.valueOf(briefing.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           BriefingRequest request) {
        LiveBriefing briefing = briefings.revise(id, Requests.body(request), ifMatch, Caller.of(security));
        return Response.ok(BriefingView.of(briefing)).tag(String.valueOf(briefing.version())).build();
    }
}
