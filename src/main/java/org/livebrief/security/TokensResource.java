package org.livebrief.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.Requests;
import org.livebrief.platform.Roles;

/**
 * {@code /api/tokens}: API tokens for machine clients. {@code POST} makes one for the caller and shows its value
 * once; {@code GET} lists the caller's ({@code ?user=} another user's, for admins); {@code DELETE /{id}} with
 * {@code If-Match} revokes one (the caller's own, or anyone's for an admin). A token cannot make tokens: a leaked one
 * must not be able to outlive its revocation.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
public class TokensResource {

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Inject
    ApiTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest body) {
        if (ApiAuthentication.BEARER.equals(request.getAuthType())) {
            throw ProblemException.forbidden("Tokens are made by a signed-in user (session or password), not by a token");
        }
        if (SingleSignOn.enabled()) {
            throw new ProblemException(SingleSignOn.builtInUsersOnly("A personal API token"));
        }
        ApiTokens.Created created = tokens.create(Requests.body(body), Caller.of(security));
        return Response.status(Response.Status.CREATED).entity(TokenView.of(created.token(), created.secret()))
                .tag(String.valueOf(created.token().version())).build();
    }

    @GET
    public List<TokenView> list(@QueryParam("user") String user) {
        Caller caller = Caller.of(security);
        return tokens.list(user == null || user.isBlank() ? caller.name() : user, caller).stream()
                .map(t -> TokenView.of(t, null)).toList();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        tokens.revoke(id, ifMatch, Caller.of(security));
        return Response.noContent().build();
    }
}
