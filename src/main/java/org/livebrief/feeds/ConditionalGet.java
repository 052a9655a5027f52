package org.livebrief.feeds;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * RFC 9110 conditional GET for feeds: {@code If-None-Match} with the weak comparison, and only when it is
 * absent {@code If-Modified-Since}.
 */
final class ConditionalGet {

    private ConditionalGet() {
    }

    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return matchesWeakly(ifNoneMatch, etag);
        }
        if (ifModifiedSince != null) {
            Instant since = parseDate(ifModifiedSince);
            return since != null && !lastModified.isAfter(since);
        }
        return false;
    }

    /** Weak comparison: opaque tags equal, whether either is marked weak; {@code *} matches anything. */
    static boolean matchesWeakly(String header, String etag) {
        String current = opaque(etag);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * An HTTP date (IMF-fixdate; RFC 850 and asctime are obsolete and ignored), or null. The JDK's RFC 1123
     * parser also takes years of more than four digits, which IMF-fixdate does not have: such a date is ignored
     * too, rather than answering 304 to every request that sends it.
     */
    static Instant parseDate(String value) {
        try {
            ZonedDateTime date = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return date.getYear() >= 0 && date.getYear() <= 9999 ? date.toInstant() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
