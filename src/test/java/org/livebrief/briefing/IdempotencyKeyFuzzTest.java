package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;
import org.livebrief.testing.FuzzInput;

/** {@code Idempotency-Key} headers (docs/fuzzing.md). */
class IdempotencyKeyFuzzTest {

    /**
     * An accepted key can be stored as sent: not blank and within {@code idem_key VARCHAR(200)} in UTF-16 units;
     * otherwise 400 on the header, never another exception. (Control characters are accepted; whether Undertow
     * lets a NUL, which PostgreSQL would refuse, through a header value is open: docs/fuzzing.md.)
     */
    @FuzzTest(maxDuration = "60s")
    void keysAreStorableOrRefusedWith400(byte[] data) {
        String key = FuzzInput.text(data);
        try {
            IdempotencyKeys.checkKey(key);
            assertThat(key).isNotBlank().hasSizeLessThanOrEqualTo(200);
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("Idempotency-Key");
        }
    }
}
