package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.livebrief.testing.FuzzInput;

/** Feed addresses, archive page numbers and conditional-GET headers from feed readers (docs/fuzzing.md). */
class FeedRequestFuzzTest {

    /**
     * Any path after {@code /feeds} is a feed address or none (404), never an exception; an address's canonical
     * path parses back to the same address, so the servlet's redirect to it cannot loop. (A path decoded from
     * UTF-8 holds no lone surrogates, so the input has none either.)
     */
    @FuzzTest(maxDuration = "60s")
    void feedPathsParseOrAreNotFeeds(byte[] data) {
        String pathInfo = FuzzInput.wellFormed(FuzzInput.text(data));
        Optional<FeedRequest> parsed = FeedRequest.parse(pathInfo);
        parsed.ifPresent(request -> {
            assertThat(request.subject()).isNotEmpty();
            assertThat(request.kind()).doesNotContain("/");
            if (request.archivePage() != null) {
                assertThat(request.archivePage()).isPositive();
            }
            String canonical = request.path();
            assertThat(canonical).startsWith(FeedRequest.ROOT);
            assertThat(FeedRequest.parse(canonical.substring(FeedRequest.ROOT.length() - 1))).contains(request);
            assertThat(request.subscription().isArchive()).isFalse();
        });
    }

    /**
     * Parts: If-None-Match, If-Modified-Since, Accept-Encoding. Reading them never throws; a feed's own tag
     * matches itself weakly and strongly; a date that parses formats back to the same instant.
     */
    @FuzzTest(maxDuration = "60s")
    void conditionalHeadersNeverThrow(byte[] data) {
        String[] p = FuzzInput.parts(data, 3);
        String etag = "\"" + Integer.toHexString(data.length) + "\"";
        Instant lastModified = Instant.ofEpochSecond(1_700_000_000L);
        ConditionalGet.notModified(p[0], p[1], etag, lastModified);
        FeedServlet.acceptsGzip(p[2]);
        if (p[0] != null) {
            ConditionalGet.matchesWeakly(p[0], etag);
            assertThat(ConditionalGet.matchesWeakly(p[0] + ", " + etag, etag)).isTrue();
            assertThat(ConditionalGet.matchesWeakly("W/" + etag, etag)).isTrue();
        }
        if (p[1] != null) {
            Instant since = ConditionalGet.parseDate(p[1]);
            if (since != null) {
                String formatted = DateTimeFormatter.RFC_1123_DATE_TIME.format(since.atOffset(ZoneOffset.UTC));
                assertThat(ConditionalGet.parseDate(formatted)).isEqualTo(since);
            }
        }
    }
}
