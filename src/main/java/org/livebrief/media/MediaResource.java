package org.livebrief.media;

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
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.PublicUrl;
import org.livebrief.platform.Requests;
import org.livebrief.platform.Roles;

/**
 * {@code /api/media}: staff upload images into a briefing's library and describe them. An upload's body is the
 * image's bytes (what {@code fetch(url, {body: file})} sends), not a multipart form: nothing to parse before the
 * bytes, and a browser reports its progress the same way. Its {@code Content-Type} must be an image type (or
 * {@code application/octet-stream}), but it is not believed: the bytes are sniffed. Like every write without JSON
 * it needs the session's CSRF token or {@code X-Requested-With} ({@code platform.CsrfProtection}).
 */
@Path("media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
public class MediaResource {

    private static final Set<String> UPLOAD_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "application/octet-stream");

    /** A page of a briefing's images and the URL of the next one. */
    public record Page(List<ImageView> items, String next) {
    }

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Inject
    Uploads uploads;

    @Inject
    ImageLibrary library;

    @Inject
    PublicUrl publicUrl;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("briefing") Long briefingId, @QueryParam("alt") String alt,
                           @QueryParam("caption") String caption, @QueryParam("credit") String credit,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        if (briefingId == null) {
            throw ProblemException.invalid("briefing", "name the briefing the image is for: ?briefing={id}");
        }
        requireImageType(contentType);
        ImageLibrary.Saved saved = uploads.accept(briefingId, body, new ImageText(alt, caption, credit),
                Caller.of(security));
        Image image = saved.image();
        Response.ResponseBuilder response = saved.created()
                ? Response.created(publicUrl.uri(uri.getBaseUriBuilder().path("media").path(String.valueOf(image.id()))
                        .build().getRawPath()))
                : Response.ok();
        return response.tag(String.valueOf(image.version())).entity(ImageView.of(image)).build();
    }

    @GET
    public Page list(@QueryParam("briefing") Long briefingId, @QueryParam("before") Long before,
                     @QueryParam("limit") @DefaultValue("50") int limit) {
        if (briefingId == null) {
            throw ProblemException.invalid("briefing", "name the briefing whose images to list: ?briefing={id}");
        }
        int size = Requests.pageSize(limit);
        List<Image> found = library.list(briefingId, before, size, Caller.of(security));
        String next = found.size() == size ? "/livebrief/api/media?briefing=" + briefingId + "&before="
                + found.get(found.size() - 1).id() + "&limit=" + size : null;
        return new Page(found.stream().map(ImageView::of).toList(), next);
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        return ok(library.find(id, Caller.of(security)));
    }

    /** Sets alt text, caption and credit ({@code {alt, caption, credit}}; a missing field becomes empty). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response describe(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             ImageText text) {
        return ok(library.describe(id, Requests.body(text), ifMatch, Caller.of(security)));
    }

    private static Response ok(Image image) {
        return Response.ok(ImageView.of(image)).tag(String.valueOf(image.version())).build();
    }

    static void requireImageType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!UPLOAD_TYPES.contains(type)) {
            throw new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                    "Send the image's bytes as the body with its type (image/jpeg, image/png, image/gif, image/webp),"
                            + " not a form; alt, caption and credit go in the query"));
        }
    }
}
