package org.livebrief.briefing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/body-rules}: the {@link BodyAllowlist} the server cleans entry bodies with, for the editor's
 * composer to clean pasted HTML by the same rules. Public: it describes the reader page's HTML, nothing more.
 */
@Path("body-rules")
@Produces(MediaType.APPLICATION_JSON)
public class BodyRulesResource {

    @GET
    public Response rules() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(BodyAllowlist.NEWSROOM).cacheControl(cache).build();
    }
}
