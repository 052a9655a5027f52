package org.livebrief.feeds;

import java.util.Arrays;
import java.util.Optional;

/** The formats every feed is served in: the file extension in its URL, its media type and its writer. */
public enum FeedFormat {
    ATOM("atom", "application/atom+xml", true),
    RSS("rss", "application/rss+xml", true),
    JSON_FEED("json", "application/feed+json", true),
    NINJS("ninjs", "application/json", false),
    /** With the schema as profile: Atom allows one alternate link per media type, and 2.2 is plain JSON too. */
    NINJS3("ninjs3", "application/json; profile=\"" + NinjsWriter.Version.V3_1.schema + "\"", false);

    private final String extension;
    private final String mediaType;
    private final boolean announcedToHub;

    FeedFormat(String extension, String mediaType, boolean announcedToHub) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.announcedToHub = announcedToHub;
    }

    public static Optional<FeedFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the format carries WebSub links, so subscribers may follow it through the hub. */
    public boolean announcedToHub() {
        return announcedToHub;
    }

    /** The media type with its charset, for {@code Content-Type}. */
    public String contentType() {
        return mediaType + ";charset=UTF-8";
    }

    byte[] write(Feed feed) {
        return switch (this) {
            case ATOM -> AtomWriter.write(feed);
            case RSS -> RssWriter.write(feed);
            case JSON_FEED -> JsonFeedWriter.write(feed);
            case NINJS -> NinjsWriter.write(feed, NinjsWriter.Version.V2_2);
            case NINJS3 -> NinjsWriter.write(feed, NinjsWriter.Version.V3_1);
        };
    }
}
