package org.livebrief.feeds;

import static org.livebrief.feeds.JsonFeedWriter.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * IPTC ninjs for partner newsrooms, in 2.2 ({@code .ninjs}, the first contract, kept for those who use it)
 * and 3.1 ({@code .ninjs3}): the feed is one {@code composite} item whose {@code associations} are its
 * entries, each a {@code text} item with its permanent {@code uri}. A retracted entry stays, as
 * {@code canceled} with its body removed and the reason in the editorial note, so partners take it down
 * too. The two versions carry the same content; 3.x only spells the property names in camelCase.
 */
final class NinjsWriter {

    /** What differs between the versions: the standard block and the spelling of some property names. */
    enum Version {
        V2_2("2.2", "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#", false),
        V3_1("3.1", "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#", true);

        final String number;
        final String schema;
        final String representationType;
        final String pubStatus;
        final String firstCreated;
        final String versionCreated;
        final String edNote;
        final String altIds;
        final String contentType;
        final String sizeInBytes;

        Version(String number, String schema, boolean camelCase) {
            this.number = number;
            this.schema = schema;
            this.representationType = camelCase ? "representationType" : "representationtype";
            this.pubStatus = camelCase ? "pubStatus" : "pubstatus";
            this.firstCreated = camelCase ? "firstCreated" : "firstcreated";
            this.versionCreated = camelCase ? "versionCreated" : "versioncreated";
            this.edNote = camelCase ? "edNote" : "ednote";
            this.altIds = camelCase ? "altIds" : "altids";
            this.contentType = camelCase ? "contentType" : "contenttype";
            this.sizeInBytes = camelCase ? "sizeInBytes" : "sizeinbytes";
        }
    }

    private NinjsWriter() {
    }

    static byte[] write(Feed feed) {
        return write(feed, Version.V2_2);
    }

    static byte[] write(Feed feed, Version v) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("uri", feed.id())
                .add("standard", JSON.createObjectBuilder().add("name", "ninjs").add("version", v.number)
                        .add("schema", v.schema))
                .add("type", "composite")
                .add(v.representationType, feed.complete() ? "full" : "partial")
                .add(v.pubStatus, "usable")
                .add("language", feed.language())
                .add(v.versionCreated, AtomWriter.date(feed.updated()))
                .add("headlines", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("value", feed.title())));
        if (feed.subtitle() != null && !feed.subtitle().isBlank()) {
            json.add("descriptions", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("role", "summary").add("value", feed.subtitle())));
        }
        JsonArrayBuilder associations = JSON.createArrayBuilder();
        feed.items().forEach(item -> associations.add(item(item, v)));
        feed.tombstones().forEach(tombstone -> associations.add(canceled(tombstone, v)));
        json.add("associations", associations);
        return JsonFeedWriter.bytes(json);
    }

    private static JsonObjectBuilder item(Feed.Item item, Version v) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("name", "entry-" + item.entryId())
                .add("uri", item.id())
                .add("type", "text")
                .add(v.pubStatus, "usable")
                .add("language", item.language())
                .add(v.firstCreated, AtomWriter.date(item.published()))
                .add(v.versionCreated, AtomWriter.date(item.updated()))
                .add("headlines", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("value", item.title())))
                .add("bodies", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add(v.contentType, "text/html").add("value", item.html())))
                .add("by", String.join(", ", item.authors().stream().map(Feed.Author::name).toList()));
        if (item.link() != null) {
            json.add(v.altIds, JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("role", "url").add("value", item.link())));
        }
        if (item.located() != null) {
            json.add("located", item.located());
        }
        JsonArrayBuilder associations = JSON.createArrayBuilder();
        for (int i = 0; i < item.pictures().size(); i++) {
            associations.add(picture(item.pictures().get(i), i + 1, v));
        }
        if (item.translationOf() != null) {
            associations.add(translationOf(item.translationOf(), v));
        }
        if (!item.pictures().isEmpty() || item.translationOf() != null) {
            json.add("associations", associations);
        }
        return json;
    }

    /**
     * A picture as a {@code picture} association named {@code picture-N} (its place in the body): every rendition
     * named by its width, the caption and the alt text as descriptions (roles {@code caption}, {@code alt}), the
     * credit as {@code by}.
     */
    private static JsonObjectBuilder picture(Feed.Picture picture, int n, Version v) {
        JsonArrayBuilder renditions = JSON.createArrayBuilder();
        for (Feed.Rendition r : picture.renditions()) {
            JsonObjectBuilder rendition = JSON.createObjectBuilder()
                    .add("name", r.equals(picture.main()) ? "main" : "w" + r.width())
                    .add("href", r.url()).add(v.contentType, r.type());
            if (r.width() > 0 && r.height() > 0) {
                rendition.add("width", r.width()).add("height", r.height());
            }
            if (r.length() >= 0) {
                rendition.add(v.sizeInBytes, r.length());
            }
            renditions.add(rendition);
        }
        JsonArrayBuilder descriptions = JSON.createArrayBuilder();
        if (!picture.caption().isBlank()) {
            descriptions.add(JSON.createObjectBuilder().add("role", "caption").add("value", picture.caption()));
        }
        if (!picture.alt().isBlank()) {
            descriptions.add(JSON.createObjectBuilder().add("role", "alt").add("value", picture.alt()));
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("name", "picture-" + n)
                .add("uri", picture.main().url())
                .add("type", "picture")
                .add("renditions", renditions);
        if (!picture.caption().isBlank() || !picture.alt().isBlank()) {
            json.add("descriptions", descriptions);
        }
        if (!picture.credit().isBlank()) {
            json.add("by", picture.credit());
        }
        return json;
    }

    /**
     * The entry this one translates (#18 item 5), by its permanent id: an association named {@code translationOf};
     * 3.1 also says so in {@code rel}, which 2.2 does not have.
     */
    private static JsonObjectBuilder translationOf(String source, Version v) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("name", "translationOf").add("uri", source);
        if (v == Version.V3_1) {
            json.add("rel", "translationOf");
        }
        return json;
    }

    private static JsonObjectBuilder canceled(Feed.Tombstone tombstone, Version v) {
        return JSON.createObjectBuilder()
                .add("name", "entry-" + tombstone.entryId())
                .add("uri", tombstone.ref())
                .add("type", "text")
                .add(v.pubStatus, "canceled")
                .add("language", tombstone.language())
                .add(v.versionCreated, AtomWriter.date(tombstone.when()))
                .add(v.edNote, tombstone.reason());
    }
}
