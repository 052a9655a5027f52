package org.livebrief.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code livebrief.api.max-request-bytes} with 413, whether the client
 * declared the length or streams the body in chunks; a body the client cuts short (it closed the connection,
 * or Undertow's read timeout passed) is the client's error, 400, not an incident logged with a stack trace.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestLimits implements ContainerRequestFilter {

    /** The setting, and its default: the editor UI is told the same number to warn before it sends. */
    public static final String MAX_BYTES = "livebrief.api.max-request-bytes";
    public static final String DEFAULT_MAX_BYTES = "262144";
    /** The limit of an image upload ({@code POST /api/media}), the one request whose body is not JSON-sized. */
    public static final String MAX_UPLOAD_BYTES = "livebrief.media.max-upload-bytes";
    public static final String DEFAULT_MAX_UPLOAD_BYTES = "20971520";

    @Inject
    @ConfigProperty(name = MAX_BYTES, defaultValue = DEFAULT_MAX_BYTES)
    long maxBytes;

    @Inject
    @ConfigProperty(name = MAX_UPLOAD_BYTES, defaultValue = DEFAULT_MAX_UPLOAD_BYTES)
    long maxUploadBytes;

    @Override
    public void filter(ContainerRequestContext context) {
        long limit = isUpload(context.getMethod(), context.getUriInfo().getPath()) ? maxUploadBytes : maxBytes;
        if (context.getLength() > limit) {
            throw ProblemException.tooLarge(limit);
        }
        if (context.hasEntity()) {
            context.setEntityStream(new Bounded(context.getEntityStream(), limit));
        }
    }

    /** {@code POST /api/media}, given the path below {@code /api} with or without its leading slash. */
    static boolean isUpload(String method, String apiPath) {
        return "POST".equals(method) && ("media".equals(apiPath) || "/media".equals(apiPath));
    }

    /** Counts bytes as they are read and fails once past the limit. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (IOException e) {
                throw incomplete();
            }
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException e) {
                throw incomplete();
            }
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private static ProblemException incomplete() {
            return new ProblemException(Problem.of(400, "incomplete-body", "Bad Request",
                    "The request body ended before it was complete"));
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw ProblemException.tooLarge(limit);
            }
        }
    }
}
