package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.livebrief.testing.FuzzInput;

/** {@code If-Match} as clients send it (docs/fuzzing.md). */
class ETagsFuzzTest {

    /**
     * Parts: the If-Match header, the current version. A write goes ahead exactly when the header lists
     * {@code *} or the current version's strong tag; otherwise 428 (no header) or 412, never another error.
     */
    @FuzzTest(maxDuration = "60s")
    void ifMatchAcceptsExactlyTheCurrentTag(byte[] data) {
        String[] p = FuzzInput.parts(data, 2);
        String ifMatch = p[0];
        long version = p[1] == null ? 0 : Math.abs(p[1].hashCode() % 1000);
        String tag = ETags.of(version);
        assertThat(tag).matches("\"[0-9]+\"");
        assertThatCode(() -> ETags.require(tag, version)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.require("W/" + tag + ", *", version)).doesNotThrowAnyException();

        boolean expected = ifMatch != null && Arrays.stream(ifMatch.split(",")).map(String::strip)
                .anyMatch(t -> t.equals("*") || t.equals(tag));
        try {
            ETags.require(ifMatch, version);
            assertThat(expected).as("went ahead on %s at version %d", ifMatch, version).isTrue();
        } catch (ProblemException e) {
            assertThat(expected).isFalse();
            boolean absent = ifMatch == null || ifMatch.isBlank();
            assertThat(e.problem().status()).isEqualTo(absent ? 428 : 412);
            if (!absent) {
                assertThat(e.problem().extensions()).containsEntry("currentVersion", version);
            }
        }
        // A weak tag never matches for a write (RFC 9110 strong comparison).
        try {
            ETags.require("W/" + tag, version);
            throw new AssertionError("a weak tag matched");
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(412);
        }
    }
}
