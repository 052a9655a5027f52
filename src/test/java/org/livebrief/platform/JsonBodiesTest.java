package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    /** Truncated bodies with a property JSON-B skips: these held a thread at full CPU before (parsson#23). */
    @ParameterizedTest
    @ValueSource(strings = {"{\"x\":{", "{\"title\":\"a\",\"x\":[1,", "[{\"x\":{\"a\":1", "{", "[", "{\"a\":1}}", "nul"})
    void truncatedOrBrokenJsonIs400(String body) {
        assertThatThrownBy(() -> JsonBodies.requireWellFormed(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.problem().status()).isEqualTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\":\"Kyiv\",\"x\":{\"y\":[1,2]}}", "[null]", "\"text\"", "  {}  "})
    void wellFormedJsonPasses(String body) {
        assertThatCode(() -> JsonBodies.requireWellFormed(body.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }

    @Test
    void aBodyRefusedByOneParseIsParsedOnceMoreAndOneRefusedTwiceIs400() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        int[] parses = {0};
        // The first parse refuses, the second accepts: a parse that went wrong, not a wrong body.
        assertThatCode(() -> JsonBodies.requireWellFormed(body, b -> ++parses[0] > 1)).doesNotThrowAnyException();
        assertThat(parses[0]).isEqualTo(2);
        parses[0] = 0;
        assertThatThrownBy(() -> JsonBodies.requireWellFormed(body, b -> ++parses[0] > 2))
                .isInstanceOf(ProblemException.class);
        assertThat(parses[0]).isEqualTo(2);
        // A body the first parse accepts is parsed once.
        parses[0] = 0;
        JsonBodies.requireWellFormed(body, b -> ++parses[0] > 0);
        assertThat(parses[0]).isEqualTo(1);
    }

    @Test
    void deepNestingIsRefusedWhileReadingNotAfter() {
        for (String body : new String[] {"{\"a\":".repeat(50_000), "[".repeat(33), "[".repeat(33) + "]".repeat(33)}) {
            assertThatThrownBy(() -> JsonBodies.requireWellFormed(body.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().status()).isEqualTo(400);
                        assertThat(e.getMessage() + e.problem()).contains("nested deeper than 32");
                    });
        }
    }

    @Test
    void bracketsInsideStringsAndThirtyTwoLevelsPass() {
        String body = "{\"body\": \"" + "[{\\\"".repeat(1_000) + "\", \"names\": {\"uk\": [\"a\", {\"b\": [1, 2]}]}}";
        assertThatCode(() -> JsonBodies.requireWellFormed(body.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
        String deepest = "[".repeat(32) + "]".repeat(32);
        assertThatCode(() -> JsonBodies.requireWellFormed(deepest.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }

    /** An attacker's finding: JSON-B cut 18446744073709551619 to 3 when binding it to a long (a briefing id). */
    @ParameterizedTest
    @ValueSource(strings = {"{\"briefings\":[18446744073709551619]}", "{\"id\":9223372036854775808}",
        "{\"id\":-9223372036854775809}", "[1e30]", "{\"id\":-1E+400}"})
    void aNumberBeyondTheRangeOfALongIs400(String body) {
        assertThatThrownBy(() -> JsonBodies.requireWellFormed(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.getMessage() + e.problem()).contains("number too large");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":9223372036854775807}", "{\"id\":-9223372036854775808}", "[0.5, 1e3, -2.25e-300]"})
    void numbersWithinTheRangePass(String body) {
        assertThatCode(() -> JsonBodies.requireWellFormed(body.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }
}
