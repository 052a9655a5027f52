package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample feeds to {@code target/feed-samples/}, where {@code src/test/sh/check-feed-clients.sh}
 * hands them to jing, the Universal Feed Parser and newsboat (Debian tools the Java tests must not need).
 */
class FeedSamplesTest {

    @Test
    void writesValidSamplesForTheClientChecks() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "feed-samples"));
        Files.write(dir.resolve("briefing.atom"), AtomWriter.write(SampleFeeds.briefing(false)));
        Files.write(dir.resolve("complete.atom"), AtomWriter.write(SampleFeeds.briefing(true)));
        Files.write(dir.resolve("briefing.rss"), RssWriter.write(SampleFeeds.briefing(false, FeedFormat.RSS)));
        Files.write(dir.resolve("briefing.json"), JsonFeedWriter.write(SampleFeeds.briefing(false, FeedFormat.JSON_FEED)));
        Files.write(dir.resolve("briefing.ninjs"), NinjsWriter.write(SampleFeeds.briefing(false, FeedFormat.NINJS)));
        Files.write(dir.resolve("name.atom"), AtomWriter.write(SampleFeeds.name(FeedFormat.ATOM)));
        Files.write(dir.resolve("name.rss"), RssWriter.write(SampleFeeds.name(FeedFormat.RSS)));
        Files.write(dir.resolve("briefing.ninjs3"), NinjsWriter.write(SampleFeeds.briefing(false, FeedFormat.NINJS3),
                NinjsWriter.Version.V3_1));
        assertThat(FeedChecks.relaxNgErrors(Files.readAllBytes(dir.resolve("briefing.atom")))).isEmpty();
        assertThat(FeedChecks.relaxNgErrors(Files.readAllBytes(dir.resolve("name.atom")))).isEmpty();
        FeedChecks.ninjs(Files.readAllBytes(dir.resolve("briefing.ninjs")));
        FeedChecks.ninjs3(Files.readAllBytes(dir.resolve("briefing.ninjs3")));
        FeedChecks.jsonFeed(Files.readAllBytes(dir.resolve("briefing.json")));
    }
}
