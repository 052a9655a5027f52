package org.livebrief.feeds;

import org.livebrief.platform.CachePolicy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A feed's bytes, made once per content change: identity and gzip, with every response header value
 * precomputed, so serving from the cache is a map lookup and a write.
 *
 * @param seq       the change-log seq the content was built from
 * @param epoch     the cache epoch it was last confirmed current in
 * @param checkedAt {@link System#nanoTime()} of that confirmation
 */
record RenderedFeed(byte[] identity, byte[] gzip, String etag, Instant lastModified, String lastModifiedHeader,
                    String contentType, CachePolicy.Headers cache, String link, long seq, long epoch, long checkedAt) {

    static RenderedFeed of(byte[] bytes, FeedFormat format, Instant updated, CachePolicy.Headers cache, String link,
                           long seq, long epoch, long now) {
        Instant lastModified = updated.truncatedTo(ChronoUnit.SECONDS);
        return new RenderedFeed(bytes, gzip(bytes), etag(bytes), lastModified,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)),
                format.contentType(), cache, link, seq, epoch, now);
    }

    private static final String FEED_JSON = FeedFormat.JSON_FEED.mediaType();

    /**
     * The {@code Content-Type} for a request's {@code Accept}. JSON Feed's registered type,
     * {@code application/feed+json}, only to a client that names it: readers and services that do not know the
     * type (Feedly's fetcher among them, and browsers, which offer it as a download) get the same bytes as
     * {@code application/json}, which every JSON Feed reader also takes. Other formats have one type.
     */
    String contentType(String accept) {
        if (!contentType.startsWith(FEED_JSON) || acceptsFeedJson(accept)) {
            return contentType;
        }
        return "application/json;charset=UTF-8";
    }

    /** {@code Vary}: the JSON feed's type depends on {@code Accept}, so caches must keep both. */
    String vary() {
        return contentType.startsWith(FEED_JSON) ? "Accept-Encoding, Accept" : "Accept-Encoding";
    }

    /** True when {@code Accept} lists {@code application/feed+json} without {@code q=0}. */
    static boolean acceptsFeedJson(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.strip().split(";", -1);
            if (parts[0].strip().equalsIgnoreCase(FEED_JSON)) {
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].replace(" ", "").toLowerCase(java.util.Locale.ROOT).matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Roughly what the entry holds on the heap. */
    long size() {
        return identity.length + gzip.length + 512L;
    }

    RenderedFeed confirmed(long newEpoch, long now) {
        return new RenderedFeed(identity, gzip, etag, lastModified, lastModifiedHeader, contentType, cache,
                link, seq, newEpoch, now);
    }

    /**
     * Weak, because the gzip and identity encodings share it: they are the same content (as nginx does when
     * it compresses). It changes whenever a byte of the document does.
     */
    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
