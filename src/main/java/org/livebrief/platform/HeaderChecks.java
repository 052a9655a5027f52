package org.livebrief.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;

/**
 * Refuses media-type headers that cannot be read, before JAX-RS matches a resource: RESTEasy parses
 * {@code Accept} while it matches and fails on {@code q=foo} with an exception that would be a 500. A header
 * that does not parse is a 400 naming it; a body in a charset this JVM does not know is a 415.
 */
@Provider
@PreMatching
public class HeaderChecks implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        for (String accept : request.getHeaders().getOrDefault(HttpHeaders.ACCEPT, java.util.List.of())) {
            for (String range : accept.split(",")) {
                if (!range.isBlank()) {
                    mediaType(HttpHeaders.ACCEPT, range, true);
                }
            }
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank()) {
            String charset = mediaType(HttpHeaders.CONTENT_TYPE, contentType, false).getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !isSupported(charset)) {
                throw new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                        "Send the body as application/json in UTF-8"));
            }
        }
    }

    private static MediaType mediaType(String header, String value, boolean weighted) {
        MediaType type;
        try {
            type = MediaType.valueOf(value.strip());
        } catch (RuntimeException e) {
            throw ProblemException.invalid(header, "is not a media type");
        }
        String q = type.getParameters().get("q");
        if (weighted && q != null && !q.strip().matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
            throw ProblemException.invalid(header, "has a quality value that is not a number between 0 and 1");
        }
        return type;
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
