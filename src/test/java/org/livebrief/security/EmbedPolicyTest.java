package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbedPolicyTest {

    @Test
    void theEmbedMayBeFramedByTheListedOriginsOnly() {
        assertThat(EmbedPolicy.ancestors("https://partner.example, https://other.example:8443"))
                .isEqualTo("'self' https://partner.example https://other.example:8443");
        assertThat(EmbedPolicy.ancestors("")).isEqualTo("'self'");
        assertThat(EmbedPolicy.ancestors("*")).isEqualTo("*");
    }

    @Test
    void anythingButAnOriginIsRefused() {
        for (String wrong : new String[] {"partner.example", "https://partner.example/page", "'unsafe-inline'",
                "https://a.example; script-src *"}) {
            assertThatThrownBy(() -> EmbedPolicy.ancestors(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theFullPageMayBeFramedByThisSiteOnly() {
        EmbedPolicy policy = new EmbedPolicy();
        policy.origins = "https://partner.example";
        assertThat(policy.readerPolicy(false)).endsWith("frame-ancestors 'self'");
        assertThat(policy.readerPolicy(true)).endsWith("frame-ancestors 'self' https://partner.example");
    }
}
