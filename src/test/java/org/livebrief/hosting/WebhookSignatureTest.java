package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The test vector published with the Standard Webhooks specification (and used by its reference libraries).
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final String BODY = "{\"test\": 2432232314}";
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsTheSpecificationsTestVector() {
        assertThat(WebhookSignature.header(List.of(SECRET), ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
        assertThat(WebhookSignature.verifies(SECRET, ID, TIMESTAMP, BODY, SIGNATURE)).isTrue();
    }

    @Test
    void aChangedBodyIdOrTimestampDoesNotVerify() {
        assertThat(WebhookSignature.verifies(SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}", SIGNATURE)).isFalse();
        assertThat(WebhookSignature.verifies(SECRET, "msg_other", TIMESTAMP, BODY, SIGNATURE)).isFalse();
        assertThat(WebhookSignature.verifies(SECRET, ID, TIMESTAMP + 1, BODY, SIGNATURE)).isFalse();
        assertThat(WebhookSignature.verifies(WebhookSignature.newSecret(), ID, TIMESTAMP, BODY, SIGNATURE)).isFalse();
    }

    @Test
    void duringARotationBothSecretsSignAndEitherVerifies() {
        String fresh = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(fresh, SECRET), ID, TIMESTAMP, BODY);
        assertThat(header.split(" ")).hasSize(2).allMatch(part -> part.startsWith("v1,"));
        assertThat(header).endsWith(" " + SIGNATURE);
        assertThat(WebhookSignature.verifies(fresh, ID, TIMESTAMP, BODY, header)).isTrue();
        assertThat(WebhookSignature.verifies(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
    }

    @Test
    void newSecretsAreWhsecWith32RandomBytes() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(one.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
    }

    @Test
    void matchesAnIndependentComputationForNonAsciiBodies() throws Exception {
        String secret = WebhookSignature.newSecret();
        String body = "{\"title\": \"Київ — Тегеран\"}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(
                mac.doFinal(("msg_1.42." + body).getBytes(StandardCharsets.UTF_8)));
        assertThat(WebhookSignature.sign(secret, "msg_1", 42, body)).isEqualTo(expected);
    }
}
