package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FeedRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"/briefings/kyiv-talks.atom", "/briefings/kyiv-talks.rss", "/briefings/kyiv-talks.json",
            "/briefings/kyiv-talks.ninjs", "/briefings/kyiv-talks/key-events.atom", "/briefings/kyiv-talks/archive/2.atom",
            "/briefings/kyiv-talks/key-events/archive/12.json", "/languages/sr-Latn.rss",
            "/briefings/%D0%B2%D1%96%D0%B9%D0%BD%D0%B0.atom"})
    void canonicalPathsRoundTrip(String path) {
        FeedRequest request = FeedRequest.parse(path).orElseThrow();
        assertThat(request.path()).isEqualTo("/feeds" + path);
    }

    @Test
    void partsAreParsed() {
        FeedRequest request = FeedRequest.parse("/briefings/%D0%B2%D1%96%D0%B9%D0%BD%D0%B0/key-events/archive/3.rss").orElseThrow();
        assertThat(request).isEqualTo(new FeedRequest("briefings", "війна", true, 3, FeedFormat.RSS));
        assertThat(request.subscription().in(FeedFormat.ATOM).path())
                .isEqualTo("/feeds/briefings/%D0%B2%D1%96%D0%B9%D0%BD%D0%B0/key-events.atom");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/briefings.atom", "/briefings/x.xml", "/briefings/x", "/briefings/x/archive/0.atom",
            "/briefings/x/archive/y.atom", "/briefings/x/other.atom", "/briefings/x/archive.atom", "/briefings/x.y/z",
            "/briefings//key-events.atom", "/briefings/%zz.atom", "/briefings/%.rss", "/briefings/%2.json"})
    void otherPathsAreNotFeeds(String path) {
        assertThat(FeedRequest.parse(path)).isEqualTo(Optional.empty());
    }
}
