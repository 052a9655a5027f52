package org.livebrief.platform;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code type} is a relative URI naming the kind of problem, stable
 * for clients to switch on; {@code errors} lists field-level validation failures.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      Map<String, Object> extensions) {

    /** Looked up once: {@code Json.createXxx} asks the ServiceLoader for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem(type, title, status, detail, List.of(), Map.of());
    }

    /** The response; a {@code retryAfter} extension (seconds) is also sent as {@code Retry-After}. */
    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(toJson());
        if (extensions.get("retryAfter") instanceof Number seconds) {
            response.header("Retry-After", seconds.longValue());
        }
        return response.build();
    }

    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", "/livebrief/problems/" + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            var list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", list);
        }
        extensions.forEach((name, value) -> {
            if (value instanceof Number n) {
                json.add(name, n.longValue());
            } else if (value instanceof Boolean b) {
                json.add(name, b);
            } else {
                json.add(name, String.valueOf(value));
            }
        });
        return json.build().toString();
    }
}
