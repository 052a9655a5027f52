package org.livebrief.live;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.livebrief.platform.ProblemException;

/**
 * {@code GET /api/briefings/{id}/changes?since={seq}}: the poll fallback for clients that cannot hold an
 * event stream. The answer for a given {@code since} changes only when the log grows, so it carries an
 * ETag (the last sequence) and may be cached briefly by browsers and CDNs.
 */
@Path("briefings/{briefingId}/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    static final int LIMIT = 100;

    @Inject
    LiveEvents events;

    @Inject
    Subscribers subscribers;

    @Context
    Request request;

    /** The changes after {@code since}, the sequence to ask from next, and when to ask. */
    public record Changes(List<LiveEvent> changes, long last, boolean more, int pollAfterSeconds) {
    }

    @GET
    public Response changes(@PathParam("briefingId") long briefingId, @QueryParam("since") Long since) {
        if (since != null && since < 0) {
            throw ProblemException.invalid("since", "must be a sequence from an earlier answer, or absent");
        }
        events.requirePublic(briefingId);
        long latest = events.latestSeq(briefingId);
        long after = since == null ? latest : since;
        // Answered from two small queries when the client already has it; rendered only when something is new.
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag(Math.max(after, latest)));
        if (notModified != null) {
            return cacheable(notModified, Math.max(after, latest));
        }
        List<LiveEvent> changes = latest <= after ? List.of() : events.since(briefingId, after, LIMIT);
        long last = changes.isEmpty() ? after : changes.get(changes.size() - 1).seq();
        if (request.evaluatePreconditions(tag(last)) != null) {
            return cacheable(Response.notModified(), last);
        }
        LiveSettings settings = subscribers.settings();
        // The same JSON-B instance, and so the same JSON, as the event stream's data.
        String body = LiveEvents.JSON.toJson(new Changes(changes, last, changes.size() == LIMIT, settings.pollSeconds()));
        return cacheable(Response.ok(body, MediaType.APPLICATION_JSON_TYPE), last);
    }

    private Response cacheable(Response.ResponseBuilder response, long last) {
        return response.tag(tag(last))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + subscribers.settings().pollMaxAgeSeconds())
                .build();
    }

    private static EntityTag tag(long last) {
        return new EntityTag(String.valueOf(last));
    }
}
