package org.livebrief.hosting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ETags;
import org.livebrief.platform.Requests;
import org.livebrief.platform.Roles;

/**
 * Admin API of the signed webhooks: register an endpoint and its events ({@code POST /api/webhooks} → 201 with the
 * secret, shown once), list, read, rotate the secret ({@code POST …/{id}/secret}), delete, and read the delivery log
 * ({@code GET …/{id}/deliveries?limit=}). Changes need {@code If-Match} with the endpoint's version.
 */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhooksResource {

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookDispatcher dispatcher;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(WebhookRequest body) {
        WebhookView made = webhooks.register(Requests.body(body), Caller.of(security).name());
        dispatcher.registered();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(made.id())).build())
                .tag(String.valueOf(made.version())).header(HttpHeaders.CACHE_CONTROL, "no-store").entity(made).build();
    }

    @GET
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        WebhookView view = webhooks.find(id);
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @POST
    @Path("{id}/secret")
    public Response rotate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WebhookView view = webhooks.rotate(id, ifMatch);
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        webhooks.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit) {
        return webhooks.deliveries(id, limit);
    }
}
