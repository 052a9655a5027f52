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
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.Requests;
import org.livebrief.platform.Roles;
import org.livebrief.platform.PublicUrl;

/** {@code /api/briefings}: list, create, read and revise briefings; lifecycle actions; language versions. */
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

    @Inject
    PublicUrl publicUrl;

    public record Listing(List<BriefingView> items, String next) {
    }

    /** The body of {@code POST /api/briefings/{id}/translations}. */
    public record TranslationLink(Long briefingId) {
    }

    /**
     * Newest first, narrowed by {@code q} (title or slug), {@code language}, {@code status} and {@code mine=true}; a
     * further page is {@code next} in the body and a {@code Link: <…>; rel="next"} header, with the same filters.
     */
    @GET
    public Response list(@QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("20") int limit,
                         @QueryParam("q") String q, @QueryParam("language") String language,
                         @QueryParam("status") String status, @QueryParam("mine") String mine) {
        int size = Requests.pageSize(limit);
        Caller caller = Caller.of(security);
        BriefingFilter filter = BriefingFilter.parse(q, language, status, mine, caller);
        List<BriefingView> items = briefings.list(caller, filter, before, size).stream().map(this::view).toList();
        String next = items.size() < size ? null : ReaderPaths.CONTEXT + "/api/briefings?before="
                + items.get(items.size() - 1).id() + "&limit=" + size + filter.queryString();
        Response.ResponseBuilder answer = Response.ok(new Listing(items, next));
        return (next == null ? answer : answer.header("Link", "<" + next + ">; rel=\"next\"")).build();
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(BriefingRequest request) {
        LiveBriefing created = briefings.create(Requests.body(request), Caller.of(security));
        return Response.created(publicUrl.uri(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build().getRawPath()))
                .tag(String.valueOf(created.version())).entity(view(created)).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        return ok(briefings.find(id, Caller.of(security)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           BriefingRequest request) {
        return ok(briefings.revise(id, Requests.body(request), ifMatch, Caller.of(security)));
    }

    @POST
    @Path("{id}/translations")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response linkTranslation(@PathParam("id") long id, TranslationLink link) {
        if (link == null || link.briefingId() == null) {
            throw ProblemException.invalid("briefingId", "is required");
        }
        return ok(briefings.linkTranslation(id, link.briefingId(), Caller.of(security)));
    }

    @POST
    @Path("{id}/{action}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response take(@PathParam("id") long id, @PathParam("action") String name,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        BriefingStatus.Action action = BriefingStatus.Action.fromPath(name)
                .orElseThrow(() -> ProblemException.notFound("Briefing action", name));
        return ok(briefings.take(id, action, ifMatch, Caller.of(security)));
    }

    private Response ok(LiveBriefing briefing) {
        return Response.ok(view(briefing)).tag(String.valueOf(briefing.version())).build();
    }

    private BriefingView view(LiveBriefing briefing) {
        Caller caller = Caller.of(security);
        BriefingView view = BriefingView.of(briefing, briefings.translationsOf(briefing, caller));
        return caller.isStaff() ? view : view.forPublic();
    }
}
