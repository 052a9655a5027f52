package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** JSON Feed 1.1 and ninjs 2.2, parsed back and validated. */
class JsonWritersTest {

    @Test
    void jsonFeedHasItemsHubAndPaging() {
        JsonNode feed = FeedChecks.jsonFeed(JsonFeedWriter.write(SampleFeeds.briefing(false, FeedFormat.JSON_FEED)));
        assertThat(feed.path("feed_url").asText()).endsWith("/feeds/briefings/kyiv-talks.json");
        assertThat(feed.path("hubs").get(0).path("type").asText()).isEqualTo("WebSub");
        assertThat(feed.path("next_url").asText()).endsWith("/feeds/briefings/kyiv-talks/archive/3.json");
        assertThat(feed.path("items")).hasSize(2);
        JsonNode corrected = feed.path("items").get(1);
        assertThat(corrected.path("id").asText()).isEqualTo("tag:news.example.com,2026:livebrief/entry/7");
        assertThat(corrected.path("date_published").asText()).isEqualTo("2022-03-29T09:15:00Z");
        assertThat(corrected.path("date_modified").asText()).isEqualTo("2022-03-29T11:05:30.250Z");
        assertThat(corrected.path("content_html").asText()).contains("wrong city");
        assertThat(feed.has("expired")).isFalse();
    }

    @Test
    void closedBriefingIsExpired() {
        assertThat(FeedChecks.jsonFeed(JsonFeedWriter.write(SampleFeeds.briefing(true))).path("expired").asBoolean()).isTrue();
    }

    @Test
    void ninjsValidatesAndCancelsRetractedEntries() {
        JsonNode ninjs = FeedChecks.ninjs(NinjsWriter.write(SampleFeeds.briefing(false)));
        assertThat(ninjs.path("type").asText()).isEqualTo("composite");
        assertThat(ninjs.path("associations")).hasSize(3);
        JsonNode canceled = ninjs.path("associations").get(2);
        assertThat(canceled.path("uri").asText()).isEqualTo("tag:news.example.com,2026:livebrief/entry/6");
        assertThat(canceled.path("pubstatus").asText()).isEqualTo("canceled");
        assertThat(canceled.has("bodies")).isFalse();
        assertThat(ninjs.path("associations").get(1).path("bodies").get(0).path("value").asText()).contains("wrong city");
    }

    @Test
    void ninjsSchemaRejectsAnItemWithoutUri() {
        assertThat(FeedChecks.json("{\"type\": \"text\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .has("uri")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeedChecks.ninjs("{\"type\": \"text\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isInstanceOf(AssertionError.class);
    }
}
