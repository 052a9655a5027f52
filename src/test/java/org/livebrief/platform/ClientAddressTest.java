package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #13, finding 7: per-client caps count what a client cannot choose. */
class ClientAddressTest {

    static final ClientAddress NOTHING_TRUSTED = new ClientAddress(List.of(""));
    static final ClientAddress BEHIND_PROXIES = new ClientAddress(List.of("10.0.0.0/8", " ::1/128", "192.0.2.7"));

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertThat(NOTHING_TRUSTED.of("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
        assertThat(NOTHING_TRUSTED.of("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("6.6.6.6, 198.51.100.1, 10.9.9.9")))
                .as("a client's own forged entry sits left of what the proxies appended").isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of("192.0.2.7", List.of("6.6.6.6", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of("203.0.113.5", List.of("198.51.100.1")))
                .as("an untrusted peer's header is ignored").isEqualTo("203.0.113.5");
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("not-an-address"))).isEqualTo("10.1.2.3");
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        String a = NOTHING_TRUSTED.of("2001:db8:1:2::1", List.of());
        String b = NOTHING_TRUSTED.of("2001:db8:1:2:ffff:ffff:ffff:fffe", List.of());
        assertThat(a).isEqualTo(b).isEqualTo("2001:db8:1:2::/64");
        assertThat(NOTHING_TRUSTED.of("2001:db8:1:3::1", List.of())).isNotEqualTo(a);
        assertThat(BEHIND_PROXIES.of("::1", List.of("[2001:db8:1:2::99]"))).isEqualTo(a);
    }

    @Test
    void badRangesAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
