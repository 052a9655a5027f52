package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookAddressesTest {

    /** Resolves names as a test wants: "public.example" to a public address, "rebound.example" to loopback. */
    static final WebhookAddresses.Resolver RESOLVER = host -> switch (host) {
        case "public.example" -> new InetAddress[] {InetAddress.getByName("93.184.215.14")};
        case "mixed.example" -> new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.1.2.3")};
        case "rebound.example" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        case "nowhere.example" -> throw new UnknownHostException(host);
        default -> InetAddress.getAllByName(host); // literals only in these tests
    };

    @ParameterizedTest
    @ValueSource(strings = {"https://public.example/hook", "http://public.example:8080/a?b=c", "https://93.184.215.14/x"})
    void publicHttpAddressesAreAccepted(String url) {
        assertThat(WebhookAddresses.refusal(url, false, RESOLVER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ftp://public.example/", "file:///etc/passwd", "gopher://public.example/", "javascript:alert(1)",
            "//public.example/hook", "public.example/hook", "https://user:pass@public.example/", "https:///nohost",
            "https://public.example/#frag", "https://nowhere.example/", "http://exa mple.com/", ""})
    void otherSchemesUserInfoAndUnresolvableHostsAreRefused(String url) {
        assertThat(WebhookAddresses.refusal(url, true, RESOLVER)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/", "http://127.1.2.3:9000/", "http://localhost/", "http://[::1]/", "http://0.0.0.0/",
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/",
            "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:169.254.169.254]/", "http://[64:ff9b::a00:1]/", "http://224.0.0.1/", "http://255.255.255.255/",
            "http://rebound.example/", "http://mixed.example/"})
    void internalAddressesAreRefusedByDefaultAndAllowedByTheSetting(String url) {
        assertThat(WebhookAddresses.refusal(url, false, RESOLVER)).get().asString()
                .contains("livebrief.webhooks.allow-private-addresses");
        assertThat(WebhookAddresses.refusal(url, true, RESOLVER)).isEmpty();
    }

    @Test
    void aNullUrlIsRefusedNotThrown() {
        assertThat(WebhookAddresses.refusal(null, true, RESOLVER)).isPresent();
    }
}
