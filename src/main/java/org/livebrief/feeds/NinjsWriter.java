package org.livebrief.feeds;

import static org.livebrief.feeds.JsonFeedWriter.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * IPTC ninjs 2.2 for partner newsrooms: the feed is one {@code composite} item whose {@code associations}
 * are its entries, each a {@code text} item with its permanent {@code uri}. A retracted entry stays, as
 * {@code pubstatus: canceled} with its body removed and the reason in {@code ednote}, so partners take
 * it down too.
 */
final class NinjsWriter {

    static final String VERSION = "2.2";
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#";

    private NinjsWriter() {
    }

    static byte[] write(Feed feed) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("uri", feed.id())
                .add("standard", JSON.createObjectBuilder().add("name", "ninjs").add("version", VERSION)
                        .add("schema", SCHEMA))
                .add("type", "composite")
                .add("representationtype", feed.complete() ? "full" : "partial")
                .add("pubstatus", "usable")
                .add("language", feed.language())
                .add("versioncreated", AtomWriter.date(feed.updated()))
                .add("headlines", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("value", feed.title())));
        if (feed.subtitle() != null && !feed.subtitle().isBlank()) {
            json.add("descriptions", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("role", "summary").add("value", feed.subtitle())));
        }
        JsonArrayBuilder associations = JSON.createArrayBuilder();
        feed.items().forEach(item -> associations.add(item(item)));
        feed.tombstones().forEach(tombstone -> associations.add(canceled(tombstone)));
        json.add("associations", associations);
        return JsonFeedWriter.bytes(json);
    }

    private static JsonObjectBuilder item(Feed.Item item) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("name", "entry-" + item.entryId())
                .add("uri", item.id())
                .add("type", "text")
                .add("pubstatus", "usable")
                .add("language", item.language())
                .add("firstcreated", AtomWriter.date(item.published()))
                .add("versioncreated", AtomWriter.date(item.updated()))
                .add("headlines", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("value", item.title())))
                .add("bodies", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("contenttype", "text/html").add("value", item.html())))
                .add("by", item.author());
        if (item.link() != null) {
            json.add("altids", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("role", "url").add("value", item.link())));
        }
        return json;
    }

    private static JsonObjectBuilder canceled(Feed.Tombstone tombstone) {
        return JSON.createObjectBuilder()
                .add("name", "entry-" + tombstone.entryId())
                .add("uri", tombstone.ref())
                .add("type", "text")
                .add("pubstatus", "canceled")
                .add("language", tombstone.language())
                .add("versioncreated", AtomWriter.date(tombstone.when()))
                .add("ednote", tombstone.reason());
    }
}
