package org.livebrief.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import org.livebrief.briefing.Contributor;
import org.livebrief.briefing.ContributorView;
import org.livebrief.briefing.Contributors;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Roles;

/**
 * {@code POST /api/contributors/{id}/avatar}: a byline profile's picture (issue #17, item 4), uploaded like any image
 * (the bytes as the body, sniffed, refused with the same problems, every rendition stripped of metadata), by an
 * admin or the contributor the profile signs for. The answer is the profile, its {@code avatar} one of this site's
 * renditions; a reader's browser never loads a profile picture from anywhere else.
 */
@Path("contributors/{id}/avatar")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.ADMIN})
public class AvatarResource {

    @Context
    SecurityContext security;

    @Inject
    Uploads uploads;

    @Inject
    Contributors contributors;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           InputStream body) {
        // Who and which profile first (403/404), then what was sent (415): as the library upload checks its briefing.
        contributors.requireEditable(id, Caller.of(security));
        MediaResource.requireImageType(contentType);
        Contributor contributor = uploads.avatar(id, body, Caller.of(security));
        return Response.ok(ContributorView.of(contributor)).tag(String.valueOf(contributor.version())).build();
    }
}
