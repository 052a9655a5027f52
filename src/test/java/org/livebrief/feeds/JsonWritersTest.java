package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** JSON Feed 1.1 and ninjs 2.2 and 3.1, parsed back and validated against their schemas. */
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

    @Test
    void ninjs3ValidatesAndCarriesTheSameContentInCamelCase() {
        JsonNode ninjs = FeedChecks.ninjs3(NinjsWriter.write(SampleFeeds.briefing(false, FeedFormat.NINJS3), NinjsWriter.Version.V3_1));
        assertThat(ninjs.path("standard").path("version").asText()).isEqualTo("3.1");
        assertThat(ninjs.path("representationType").asText()).isEqualTo("partial");
        assertThat(ninjs.has("representationtype")).isFalse();
        JsonNode corrected = ninjs.path("associations").get(1);
        assertThat(corrected.path("uri").asText()).isEqualTo("tag:news.example.com,2026:livebrief/entry/7");
        assertThat(corrected.path("firstCreated").asText()).isEqualTo("2022-03-29T09:15:00Z");
        assertThat(corrected.path("versionCreated").asText()).isEqualTo("2022-03-29T11:05:30.250Z");
        assertThat(corrected.path("bodies").get(0).path("contentType").asText()).isEqualTo("text/html");
        assertThat(corrected.path("altIds").get(0).path("value").asText()).endsWith("#entry-7");
        JsonNode canceled = ninjs.path("associations").get(2);
        assertThat(canceled.path("pubStatus").asText()).isEqualTo("canceled");
        assertThat(canceled.path("edNote").asText()).isEqualTo("Unverified claim");
        assertThat(canceled.has("bodies")).isFalse();
        assertThat(FeedChecks.ninjs3(NinjsWriter.write(SampleFeeds.briefing(true), NinjsWriter.Version.V3_1))
                .path("representationType").asText()).isEqualTo("full");
    }

    /** #18 item 5: a translation names its source by the source's permanent id, and both versions stay valid. */
    @Test
    void ninjsCarriesTheEntryATranslationWasMadeFrom() {
        Feed sample = SampleFeeds.briefing(false);
        Feed.Item plain = sample.items().get(sample.items().size() - 1);
        Feed.Item translation = new Feed.Item(plain.entryId(), plain.id(), plain.title(), plain.summary(), plain.html(),
                plain.authors(), plain.pictures(), plain.published(), plain.updated(), plain.link(), "uk", null,
                "tag:news.example.com,2026:livebrief/entry/3");
        Feed feed = new Feed(sample.id(), sample.title(), sample.subtitle(), "uk", sample.updated(), sample.links(),
                false, false, java.util.List.of(translation), java.util.List.of());
        JsonNode v22 = FeedChecks.ninjs(NinjsWriter.write(feed, NinjsWriter.Version.V2_2)).path("associations").get(0);
        JsonNode v31 = FeedChecks.ninjs3(NinjsWriter.write(feed, NinjsWriter.Version.V3_1)).path("associations").get(0);
        for (JsonNode item : java.util.List.of(v22, v31)) {
            JsonNode link = item.path("associations").get(item.path("associations").size() - 1);
            assertThat(link.path("name").asText()).isEqualTo("translationOf");
            assertThat(link.path("uri").asText()).isEqualTo("tag:news.example.com,2026:livebrief/entry/3");
        }
        assertThat(v31.path("associations").get(v31.path("associations").size() - 1).path("rel").asText())
                .isEqualTo("translationOf");
        assertThat(v22.path("associations").get(v22.path("associations").size() - 1).has("rel"))
                .as("2.2 has no rel").isFalse();
    }

    @Test
    void theVersionsAreNotInterchangeable() {
        byte[] v22 = NinjsWriter.write(SampleFeeds.briefing(false), NinjsWriter.Version.V2_2);
        byte[] v31 = NinjsWriter.write(SampleFeeds.briefing(false), NinjsWriter.Version.V3_1);
        assertThatThrownBy(() -> FeedChecks.ninjs3(v22)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> FeedChecks.ninjs(v31)).isInstanceOf(AssertionError.class);
    }

    @Test
    void jsonFeedSchemaCatchesWhatTheSpecificationForbids() {
        String valid = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\","
                + " \"content_html\": \"<p>x</p>\", \"date_published\": \"2022-03-29T09:15:00Z\", \"_ext\": {}}]}";
        assertThat(FeedChecks.jsonFeedErrors(bytes(valid))).isEmpty();
        assertThat(FeedChecks.jsonFeedErrors(bytes(valid.replace("2022-03-29T09:15:00Z", "29 Mar 2022 09:15")))).isNotEmpty();
        assertThat(FeedChecks.jsonFeedErrors(bytes(valid.replace("\"content_html\"", "\"content\"")))).isNotEmpty();
        assertThat(FeedChecks.jsonFeedErrors(bytes(valid.replace("\"_ext\"", "\"date_modifed\"")))).isNotEmpty();
        assertThat(FeedChecks.jsonFeedErrors(bytes(valid.replace("version/1.1", "version/1")))).isNotEmpty();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
