package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonNestingTest {

    private static byte[] read(String json) throws IOException {
        try (InputStream in = new JsonNesting.Counted(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            return in.readAllBytes();
        }
    }

    @Test
    void deepNestingIsRefusedBeforeTheBinderSeesIt() {
        assertThatThrownBy(() -> read("{\"a\":".repeat(50_000))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(400));
        assertThatThrownBy(() -> read("[".repeat(33))).isInstanceOf(ProblemException.class);
    }

    @Test
    void bracketsInsideStringsAndOrdinaryBodiesPass() throws IOException {
        String body = "{\"body\": \"" + "[{\\\"".repeat(1_000) + "\", \"names\": {\"uk\": [\"a\", {\"b\": [1, 2]}]}}";
        assertThat(read(body)).hasSize(body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(read("[".repeat(32) + "]".repeat(32))).hasSize(64);
    }
}
