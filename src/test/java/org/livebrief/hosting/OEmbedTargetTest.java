package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OEmbedTargetTest {

    static final String BASE = "https://news.example.org";

    @Test
    void aBriefingPage() {
        assertThat(OEmbedTarget.parse(BASE + "/livebrief/briefings/kyiv-live", BASE))
                .contains(new OEmbedTarget("kyiv-live", null));
        assertThat(OEmbedTarget.parse("HTTPS://NEWS.example.org:443/livebrief/briefings/kyiv-live/?embed=1", BASE))
                .contains(new OEmbedTarget("kyiv-live", null));
    }

    @Test
    void anEntryPageOrAnEntryInContext() {
        assertThat(OEmbedTarget.parse(BASE + "/livebrief/briefings/kyiv-live/entries/42", BASE))
                .contains(new OEmbedTarget("kyiv-live", 42L));
        assertThat(OEmbedTarget.parse(BASE + "/livebrief/briefings/kyiv-live#entry-42", BASE))
                .contains(new OEmbedTarget("kyiv-live", 42L));
        assertThat(OEmbedTarget.parse(BASE + "/livebrief/briefings/kyiv-live#comments", BASE))
                .contains(new OEmbedTarget("kyiv-live", null));
    }

    @Test
    void aCyrillicSlugIsDecodedOnce() {
        assertThat(OEmbedTarget.parse(BASE + "/livebrief/briefings/%D0%BA%D0%B8%D1%97%D0%B2", BASE))
                .contains(new OEmbedTarget("київ", null));
        assertThat(OEmbedTarget.parse(BASE + "/livebrief/briefings/a%2525b", BASE)).contains(new OEmbedTarget("a%25b", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://evil.example/livebrief/briefings/kyiv-live",
            "https://news.example.org.evil.example/livebrief/briefings/kyiv-live",
            "https://news.example.org@evil.example/livebrief/briefings/kyiv-live",
            "https://evil.example@news.example.org/livebrief/briefings/kyiv-live",
            "http://news.example.org/livebrief/briefings/kyiv-live",
            "https://news.example.org:8443/livebrief/briefings/kyiv-live",
            "https://news.example.org/livebrief/feeds/briefings/kyiv-live.atom",
            "https://news.example.org/livebrief/briefings/",
            "https://news.example.org/livebrief/briefings/../api/webhooks",
            "https://news.example.org/livebrief/briefings/%2e%2e",
            "https://news.example.org/livebrief/briefings/a%2Fb",
            "https://news.example.org/livebrief/briefings/a%5Cb",
            "https://news.example.org/livebrief/briefings/a%00b",
            "https://news.example.org/livebrief/briefings/a%0Ab",
            "https://news.example.org/livebrief/briefings/kyiv-live/entries/0",
            "https://news.example.org/livebrief/briefings/kyiv-live/entries/-1",
            "https://news.example.org/livebrief/briefings/kyiv-live/entries/99999999999999999999",
            "https://news.example.org/livebrief/briefings/kyiv-live/entries/12abc",
            "https://news.example.org/livebrief/briefings/kyiv-live/revisions",
            "https://news.example.org/livebrief/api/briefings/1",
            "https://news.example.org/briefings/kyiv-live"})
    void foreignOrUnknownUrlsAreNotOurs(String url) {
        assertThat(OEmbedTarget.parse(url, BASE)).as(url).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "/livebrief/briefings/kyiv-live", "news.example.org/livebrief/briefings/x",
            "javascript:alert(1)", "ftp://news.example.org/livebrief/briefings/x", "https://news.example.org/a b",
            "https://[news/", "mailto:desk@news.example.org", "https://news.example.org/livebrief/briefings/%zz"})
    void malformedUrlsAreBadRequests(String url) {
        assertThatThrownBy(() -> OEmbedTarget.parse(url, BASE)).isInstanceOf(OEmbedTarget.Malformed.class);
    }

    @Test
    void missingOrHugeUrlsAreBadRequests() {
        assertThatThrownBy(() -> OEmbedTarget.parse(null, BASE)).isInstanceOf(OEmbedTarget.Malformed.class);
        String huge = BASE + "/livebrief/briefings/" + "a".repeat(OEmbedTarget.MAX_URL_LENGTH);
        assertThatThrownBy(() -> OEmbedTarget.parse(huge, BASE)).isInstanceOf(OEmbedTarget.Malformed.class);
    }
}
