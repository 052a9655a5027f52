package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void theConfiguredUrlWinsWithoutItsTrailingSlash() {
        assertThat(PublicUrl.configured(Optional.of(" https://news.example.com/ "))).contains("https://news.example.com");
        assertThat(PublicUrl.configured(Optional.of("http://127.0.0.1:8080"))).contains("http://127.0.0.1:8080");
        assertThat(PublicUrl.configured(Optional.of("  "))).isEmpty();
        assertThat(PublicUrl.configured(Optional.empty())).isEmpty();
    }

    @Test
    void somethingThatIsNoHttpBaseUrlIsRefused() {
        for (String wrong : new String[] {"news.example.com", "ftp://news.example.com", "https://news.example.com/?a=b",
                "javascript:alert(1)"}) {
            assertThatThrownBy(() -> PublicUrl.configured(Optional.of(wrong))).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void withoutConfigurationTheServersOwnAddressStandsIn() {
        assertThat(PublicUrl.serverAddress("127.0.0.1", 8080, 0)).isEqualTo("http://127.0.0.1:8080");
        assertThat(PublicUrl.serverAddress("127.0.0.1", 8080, 10000)).isEqualTo("http://127.0.0.1:18080");
        assertThat(PublicUrl.serverAddress("0.0.0.0", 8080, 0)).isEqualTo("http://localhost:8080");
        assertThat(PublicUrl.serverAddress("::1", 8080, 0)).isEqualTo("http://[::1]:8080");
    }
}
