package org.livebrief.feeds;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A feed address under {@code /feeds/}: {@code {kind}/{subject}[/key-events][/archive/{page}].{extension}},
 * for example {@code briefings/kyiv-talks/key-events.atom} or {@code languages/uk.json}. {@link #path()}
 * is the canonical form, which is also the feed's {@code rel="self"}.
 *
 * @param archivePage the RFC 5005 archive page, counted from the oldest (1); null for the subscription feed
 */
public record FeedRequest(String kind, String subject, boolean keyEvents, Integer archivePage, FeedFormat format) {

    public static final String ROOT = "/feeds/";
    static final String KEY_EVENTS = "key-events";
    static final String ARCHIVE = "archive";

    /** Parses the raw (still percent-encoded) path after {@code /feeds}; empty when it is not a feed address. */
    public static Optional<FeedRequest> parse(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.charAt(0) != '/') {
            return Optional.empty();
        }
        int dot = pathInfo.lastIndexOf('.');
        if (dot < pathInfo.lastIndexOf('/')) {
            return Optional.empty();
        }
        Optional<FeedFormat> format = FeedFormat.byExtension(pathInfo.substring(dot + 1));
        String[] segments = pathInfo.substring(1, dot).split("/", -1);
        if (format.isEmpty() || segments.length < 2 || segments[1].isEmpty()) {
            return Optional.empty();
        }
        int i = 2;
        boolean keyEvents = segments.length > i && segments[i].equals(KEY_EVENTS);
        i += keyEvents ? 1 : 0;
        Integer page = null;
        if (segments.length == i + 2 && segments[i].equals(ARCHIVE) && segments[i + 1].matches("[1-9][0-9]{0,8}")) {
            page = Integer.valueOf(segments[i + 1]);
            i += 2;
        }
        if (i != segments.length) {
            return Optional.empty();
        }
        String subject;
        try {
            subject = URLDecoder.decode(segments[1], StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();  // a broken percent-escape names no feed
        }
        return Optional.of(new FeedRequest(segments[0], subject, keyEvents, page, format.get()));
    }

    /** The canonical path below the context root, such as {@code /feeds/briefings/kyiv-talks.atom}. */
    public String path() {
        return ROOT + kind + "/" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                + (keyEvents ? "/" + KEY_EVENTS : "")
                + (archivePage != null ? "/" + ARCHIVE + "/" + archivePage : "")
                + "." + format.extension();
    }

    public FeedRequest about(String otherSubject) {
        return new FeedRequest(kind, otherSubject, keyEvents, archivePage, format);
    }

    public FeedRequest in(FeedFormat other) {
        return new FeedRequest(kind, subject, keyEvents, archivePage, other);
    }

    public FeedRequest archive(Integer page) {
        return new FeedRequest(kind, subject, keyEvents, page, format);
    }

    public FeedRequest subscription() {
        return archive(null);
    }

    public FeedRequest keyEventsOnly() {
        return new FeedRequest(kind, subject, true, null, format);
    }

    public boolean isArchive() {
        return archivePage != null;
    }
}
