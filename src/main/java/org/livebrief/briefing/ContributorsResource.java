package org.livebrief.briefing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.livebrief.platform.PublicUrl;
import org.livebrief.platform.Requests;
import org.livebrief.platform.Roles;

/**
 * {@code /api/contributors}: byline profiles. Staff read them; admins make and delete them; a contributor edits
 * their own ({@code GET /api/contributors/me} finds it). Edits and deletions take {@code If-Match}.
 */
@Path("contributors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
public class ContributorsResource {

    /** A page of profiles and the URL of the next one. */
    public record Page(List<ContributorView> items, String next) {
    }

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Inject
    Contributors contributors;

    @Inject
    PublicUrl publicUrl;

    @GET
    public Page list(@QueryParam("login") String login, @QueryParam("before") Long before,
                     @QueryParam("limit") @DefaultValue("50") int limit) {
        int size = Requests.pageSize(limit);
        List<Contributor> found = contributors.list(login, before, size);
        String next = login == null && found.size() == size
                ? ReaderPaths.CONTEXT + "/api/contributors?before=" + found.get(found.size() - 1).id() + "&limit=" + size
                : null;
        return new Page(found.stream().map(ContributorView::of).toList(), next);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(ContributorRequest request) {
        Contributor made = contributors.create(request);
        return Response.created(publicUrl.uri(uri.getAbsolutePathBuilder().path(String.valueOf(made.id())).build()
                .getRawPath())).tag(String.valueOf(made.version())).entity(ContributorView.of(made)).build();
    }

    /** The caller's own profile; 404 when they have none. */
    @GET
    @Path("me")
    public Response mine() {
        String login = Caller.of(security).name();
        return ok(contributors.byLogin(login).orElseThrow(() -> ProblemException.notFound("Contributor", login)));
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        return ok(contributors.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ContributorRequest request) {
        return ok(contributors.update(id, request, ifMatch, Caller.of(security)));
    }

    @DELETE
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contributors.delete(id, ifMatch);
        return Response.noContent().build();
    }

    private static Response ok(Contributor contributor) {
        return Response.ok(ContributorView.of(contributor)).tag(String.valueOf(contributor.version())).build();
    }
}
