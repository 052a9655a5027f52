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

    @Test
    void playersMayBeFramedFromTheAllowedProvidersOriginsOnly() {
        String policy = new EmbedPolicy().readerPolicy(false);
        assertThat(policy).contains("frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com "
                + "https://platform.twitter.com https://t.me https://www.instagram.com https://www.facebook.com "
                + "https://www.tiktok.com https://w.soundcloud.com; ");
        assertThat(policy).as("no provider script or connection").contains("default-src 'self';").doesNotContain("script-src");
        assertThat(EmbedPolicy.frameSources(java.util.List.of())).isEqualTo("frame-src 'self'; ");
    }
}
