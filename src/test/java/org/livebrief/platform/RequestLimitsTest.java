package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.Test;

/** The body limits: too long is 413, cut short by the client is 400; neither is an unexpected failure (500). */
class RequestLimitsTest {

    /** What Undertow's stream does when the client closes mid-body or its read timeout passes (UT000128). */
    private static InputStream cutShortAfter(int bytes) {
        return new SequenceInputStream(new ByteArrayInputStream(new byte[bytes]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("UT000128: Remote peer closed connection before all data could be read");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return read();
            }
        });
    }

    @Test
    void aBodyTheClientCutsShortIsABadRequest() {
        assertThatThrownBy(() -> new RequestLimits.Bounded(cutShortAfter(10), 1_000).readAllBytes())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().type()).endsWith("incomplete-body");
                });
        assertThatThrownBy(() -> {
            try (InputStream in = new RequestLimits.Bounded(cutShortAfter(0), 1_000)) {
                in.read();
            }
        }).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(400));
    }

    @Test
    void aBodyOverTheLimitIsTooLargeAndOneAtItPasses() throws IOException {
        assertThatThrownBy(() -> new RequestLimits.Bounded(new ByteArrayInputStream(new byte[101]), 100).readAllBytes())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(413));
        assertThat(new RequestLimits.Bounded(new ByteArrayInputStream(new byte[100]), 100).readAllBytes()).hasSize(100);
    }
}
