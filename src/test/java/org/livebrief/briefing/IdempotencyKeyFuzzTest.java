package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;
import org.livebrief.testing.FuzzInput;

/** {@code Idempotency-Key} headers (docs/fuzzing.md). */
class IdempotencyKeyFuzzTest {

    /**
     * A key is accepted exactly when it can be stored as sent: not blank, within {@code idem_key VARCHAR(200)},
     * no control character (PostgreSQL refuses NUL); otherwise 400 on the header, never another exception.
     */
    @FuzzTest(maxDuration = "60s")
    void keysAreStorableOrRefusedWith400(byte[] data) {
        String key = FuzzInput.text(data);
        try {
            IdempotencyKeys.checkKey(key);
            assertThat(key).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(key.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("Idempotency-Key");
        }
    }
}
