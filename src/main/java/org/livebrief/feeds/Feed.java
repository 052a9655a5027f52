package org.livebrief.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One feed document, independent of its format: what the writers turn into Atom, RSS, JSON Feed or
 * ninjs. Every text in it has already been cleaned of what XML 1.0 forbids ({@link XmlText}).
 *
 * @param complete  the whole feed is in this document (RFC 5005 {@code fh:complete}): a closed briefing
 * @param archive   this is an archive document (RFC 5005 {@code fh:archive})
 */
public record Feed(String id, String title, String subtitle, String language, Instant updated, Links links,
                   boolean complete, boolean archive, List<Item> items, List<Tombstone> tombstones) {

    public Feed {
        items = List.copyOf(items);
        tombstones = List.copyOf(tombstones);
    }

    /**
     * Absolute URLs. {@code alternate} is the reader page (null when there is none); {@code hub} is the
     * WebSub hub (null when none is configured); the archive links are null when they do not apply.
     */
    public record Links(String self, String alternate, String hub, String current, String prevArchive,
                        String nextArchive, List<Format> formats) {

        public Links {
            formats = List.copyOf(formats);
        }
    }

    /** The same feed in another format, for {@code rel="alternate"} links. */
    public record Format(String mediaType, String href) {
    }

    /**
     * A published entry. {@code html} is the sanitized body with its correction notes appended; {@code authors} who
     * signs it, as readers see them (never a login); {@code pictures} the pictures of its body, in order;
     * {@code located} the name of the place it was reported from (its dateline's), or null; {@code translationOf} the
     * permanent id of the entry it translates (#18 item 5), or null.
     */
    public record Item(long entryId, String id, String title, String summary, String html, List<Author> authors,
                       List<Picture> pictures, Instant published, Instant updated, String link, String language,
                       String located, String translationOf) {

        public Item {
            authors = List.copyOf(authors);
            pictures = List.copyOf(pictures);
        }

        public Item(long entryId, String id, String title, String summary, String html, List<Author> authors,
                    List<Picture> pictures, Instant published, Instant updated, String link, String language,
                    String located) {
            this(entryId, id, title, summary, html, authors, pictures, published, updated, link, language, located, null);
        }

        public Item(long entryId, String id, String title, String summary, String html, List<Author> authors,
                    List<Picture> pictures, Instant published, Instant updated, String link, String language) {
            this(entryId, id, title, summary, html, authors, pictures, published, updated, link, language, null, null);
        }
    }

    /** A byline: the name in the feed's language, the profile's absolute URL and role (null when there is none). */
    public record Author(String name, String url, String role) {
    }

    /**
     * A picture, for enclosures and Media RSS. {@code main} is the rendition a reader gets (the widest up to
     * {@link #MAIN_WIDTH} px); {@code renditions} all of them, narrowest first. Texts are plain (the reader page's
     * caption without its credit, the credit alone); empty when the author gave none.
     */
    public record Picture(Rendition main, List<Rendition> renditions, String alt, String caption, String credit) {

        public static final int MAIN_WIDTH = 1600;

        public Picture {
            renditions = List.copyOf(renditions);
        }

        /** What describes it best in one line: the caption, or the alt text. */
        public String description() {
            return caption.isBlank() ? alt : caption;
        }
    }

    /**
     * One file of a picture: its absolute URL, media type, pixels (0 when unknown) and size in bytes (-1 when
     * unknown).
     */
    public record Rendition(String url, String type, int width, int height, long length) {
    }

    /** A retracted entry (RFC 6721): only its id, when it was retracted and why. */
    public record Tombstone(long entryId, String ref, Instant when, String reason, String link, String language) {
    }
}
