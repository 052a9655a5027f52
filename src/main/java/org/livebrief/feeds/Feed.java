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

    /** A published entry. {@code html} is the sanitized body with its correction notes appended. */
    public record Item(long entryId, String id, String title, String summary, String html, String author,
                       Instant published, Instant updated, String link, String language) {
    }

    /** A retracted entry (RFC 6721): only its id, when it was retracted and why. */
    public record Tombstone(long entryId, String ref, Instant when, String reason, String link, String language) {
    }
}
