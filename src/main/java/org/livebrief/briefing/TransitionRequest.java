package org.livebrief.briefing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;

/**
 * The optional JSON body of a transition: {@code reason} for retract, {@code note} for reject,
 * {@code publishAt} for schedule.
 */
public record TransitionRequest(String reason, String note, Instant publishAt) {

    public static final TransitionRequest NONE = new TransitionRequest(null, null, null);
    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * The body as sent: none at all (a plain {@code curl -X POST}, with or without a content type) means no
     * reason, note or time; anything else must be a JSON object of this shape.
     */
    public static TransitionRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return NONE;
        }
        TransitionRequest request = JSON.fromJson(body, TransitionRequest.class);
        return request == null ? NONE : request;
    }
}
