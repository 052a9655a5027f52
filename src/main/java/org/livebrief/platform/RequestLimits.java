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
 * declared the length or streams the body in chunks.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RequestLimits implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "livebrief.api.max-request-bytes", defaultValue = "262144")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getLength() > maxBytes) {
            throw ProblemException.tooLarge(maxBytes);
        }
        if (context.hasEntity()) {
            context.setEntityStream(new Bounded(context.getEntityStream(), maxBytes));
        }
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
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw ProblemException.tooLarge(limit);
            }
        }
    }
}
