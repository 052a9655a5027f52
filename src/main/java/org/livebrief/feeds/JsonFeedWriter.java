package org.livebrief.feeds;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;

/**
 * JSON Feed 1.1. Paging uses {@code next_url} (older entries: the archive documents); a complete feed
 * is {@code expired}. JSON Feed has no tombstones: a retracted entry leaves the feed.
 */
final class JsonFeedWriter {

    static final JsonProvider JSON = JsonProvider.provider();

    private JsonFeedWriter() {
    }

    static byte[] write(Feed feed) {
        Feed.Links links = feed.links();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("version", "https://jsonfeed.org/version/1.1")
                .add("title", feed.title())
                .add("feed_url", links.self())
                .add("language", feed.language());
        optional(json, "home_page_url", links.alternate());
        optional(json, "description", feed.subtitle());
        optional(json, "next_url", links.prevArchive());
        if (feed.complete()) {
            json.add("expired", true);
        }
        if (links.hub() != null) {
            json.add("hubs", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("type", "WebSub").add("url", links.hub())));
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        feed.items().forEach(item -> items.add(item(item)));
        json.add("items", items);
        return bytes(json);
    }

    private static JsonObjectBuilder item(Feed.Item item) {
        JsonArrayBuilder authors = JSON.createArrayBuilder();
        for (Feed.Author author : item.authors()) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("name", author.name());
            optional(json, "url", author.url());
            authors.add(json);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", item.id())
                .add("url", item.link())
                .add("title", item.title())
                .add("content_html", item.html())
                .add("summary", item.summary())
                .add("date_published", AtomWriter.date(item.published()))
                .add("date_modified", AtomWriter.date(item.updated()))
                .add("authors", authors)
                .add("language", item.language());
        if (!item.pictures().isEmpty()) {
            json.add("image", item.pictures().get(0).main().url());
            JsonArrayBuilder attachments = JSON.createArrayBuilder();
            for (Feed.Picture picture : item.pictures()) {
                JsonObjectBuilder attachment = JSON.createObjectBuilder()
                        .add("url", picture.main().url()).add("mime_type", picture.main().type());
                optional(attachment, "title", picture.description());
                if (picture.main().length() >= 0) {
                    attachment.add("size_in_bytes", picture.main().length());
                }
                attachments.add(attachment);
            }
            json.add("attachments", attachments);
        }
        return json;
    }

    static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    static byte[] bytes(JsonObjectBuilder json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (var writer = JSON.createWriter(out)) {
            writer.writeObject(json.build());
        }
        return out.toByteArray();
    }
}
