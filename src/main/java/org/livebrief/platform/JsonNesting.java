package org.livebrief.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses JSON nested deeper than {@link #MAX_DEPTH} with 400 while the body is read, before the binder sees
 * it: JSON-B skips an unknown member by walking it, and 50,000 nested objects kept a worker thread busy for
 * minutes. No request of this API nests more than a few levels.
 */
@Provider
@Priority(Priorities.ENTITY_CODER + 1)
public class JsonNesting implements ContainerRequestFilter {

    static final int MAX_DEPTH = 32;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.hasEntity()) {
            context.setEntityStream(new Counted(context.getEntityStream()));
        }
    }

    /** Counts brackets outside strings as the bytes go by. */
    static final class Counted extends FilterInputStream {
        private int depth;
        private boolean inString;
        private boolean escaped;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(int b) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > MAX_DEPTH) {
                    throw ProblemException.invalid("body", "is nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
    }
}
