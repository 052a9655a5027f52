package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    private static final String ETAG = "W/\"abc\"";
    private static final Instant MODIFIED = Instant.parse("2022-03-29T09:15:00Z");

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(ConditionalGet.notModified("W/\"abc\"", null, ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified("\"abc\"", null, ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified("\"x\", W/\"abc\"", null, ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified("*", null, ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified("\"abcd\"", null, ETAG, MODIFIED)).isFalse();
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() {
        String later = "Wed, 30 Mar 2022 00:00:00 GMT";
        assertThat(ConditionalGet.notModified("\"old\"", later, ETAG, MODIFIED)).isFalse();
        assertThat(ConditionalGet.notModified(null, later, ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified(null, "Tue, 29 Mar 2022 09:15:00 GMT", ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified(null, "Tue, 29 Mar 2022 09:14:59 GMT", ETAG, MODIFIED)).isFalse();
        assertThat(ConditionalGet.notModified(null, "yesterday", ETAG, MODIFIED)).isFalse();
        assertThat(ConditionalGet.notModified(null, null, ETAG, MODIFIED)).isFalse();
    }

    @Test
    void gzipOnlyWhenAcceptedWithNonZeroQuality() {
        assertThat(FeedServlet.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(FeedServlet.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(FeedServlet.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(FeedServlet.acceptsGzip("identity")).isFalse();
        assertThat(FeedServlet.acceptsGzip(null)).isFalse();
    }

    @Test
    void etagFollowsTheBytes() {
        byte[] a = "<feed/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(RenderedFeed.etag(a)).isEqualTo(RenderedFeed.etag(a.clone())).startsWith("W/\"");
        assertThat(RenderedFeed.etag(a)).isNotEqualTo(RenderedFeed.etag("<feed />".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
