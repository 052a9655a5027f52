package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.ClientAddress;

/** HSTS follows the connection, or a trusted proxy's word for it; a client's own header is not believed. */
class SecurityHeadersTest {

    private static final ClientAddress PROXY = new ClientAddress(List.of("10.0.0.0/8", "::1"));
    private static final ClientAddress NONE = new ClientAddress(List.of(""));

    @Test
    void aTlsConnectionIsSecureWhateverTheHeadersSay() {
        assertThat(SecurityHeaders.secure("https", "203.0.113.9", null, NONE)).isTrue();
        assertThat(SecurityHeaders.secure("https", "203.0.113.9", "http", NONE)).isTrue();
    }

    @Test
    void aTrustedProxysForwardedProtoCounts() {
        assertThat(SecurityHeaders.secure("http", "10.1.2.3", "https", PROXY)).isTrue();
        assertThat(SecurityHeaders.secure("http", "0:0:0:0:0:0:0:1", "HTTPS, http", PROXY)).isTrue();
        assertThat(SecurityHeaders.secure("http", "10.1.2.3", "http", PROXY)).isFalse();
    }

    /** Found by an attacker: with no trusted proxy configured, any client got HSTS by sending the header. */
    @Test
    void anyoneElsesForwardedProtoIsIgnored() {
        assertThat(SecurityHeaders.secure("http", "127.0.0.1", "https", NONE)).isFalse();
        assertThat(SecurityHeaders.secure("http", "203.0.113.9", "https", PROXY)).isFalse();
        assertThat(SecurityHeaders.secure("http", "", "https", PROXY)).isFalse();
    }

    @Test
    void aLocationBuiltFromTheHostHeaderMovesToThePublicBase() {
        String base = "https://news.example.com";
        assertThat(SecurityHeaders.publicLocation("http://evil.example/livebrief/editor/", "evil.example", base))
                .isEqualTo("https://news.example.com/livebrief/editor/");
        assertThat(SecurityHeaders.publicLocation("http://evil.example:8443/livebrief/", "evil.example:8443", base))
                .isEqualTo("https://news.example.com/livebrief/");
        assertThat(SecurityHeaders.publicLocation("http://evil.example", "evil.example", base)).isEqualTo(base);
    }

    @Test
    void otherLocationsStayAsTheyAre() {
        String base = "https://news.example.com";
        assertThat(SecurityHeaders.publicLocation("https://news.example.com/livebrief/api/briefings/3", "news.example.com", base))
                .isEqualTo("https://news.example.com/livebrief/api/briefings/3");
        assertThat(SecurityHeaders.publicLocation("/livebrief/editor/", "evil.example", base)).isEqualTo("/livebrief/editor/");
        assertThat(SecurityHeaders.publicLocation("https://partner.example/x", "evil.example", base))
                .isEqualTo("https://partner.example/x");
        assertThat(SecurityHeaders.publicLocation("http://evil.example.net/x", "evil.example", base))
                .isEqualTo("http://evil.example.net/x");
        assertThat(SecurityHeaders.publicLocation("http://evil.example/x", null, base)).isEqualTo("http://evil.example/x");
    }
}
