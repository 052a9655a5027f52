package org.livebrief.feeds;

import java.util.Locale;

/**
 * Permanent RFC 4151 {@code tag:} ids. They name the content, not its address: they survive corrections,
 * new host names and server moves, because the authority comes from configuration
 * ({@code livebrief.feeds.tag-authority}) and never from a request. Once feeds are public, never change
 * the authority: feed readers would show every entry again.
 */
public record TagIds(String authority) {

    static final String YEAR = "2026";

    public TagIds {
        authority = authority.toLowerCase(Locale.ROOT);
    }

    /** Translations are entries of their own, so each language version of an update has its own id. */
    public String entry(long entryId) {
        return prefix() + "entry/" + entryId;
    }

    public String briefing(long briefingId, boolean keyEvents) {
        return prefix() + "briefing/" + briefingId + (keyEvents ? "/key-events" : "");
    }

    public String language(String tag, boolean keyEvents) {
        return prefix() + "language/" + tag + (keyEvents ? "/key-events" : "");
    }

    private String prefix() {
        return "tag:" + authority + "," + YEAR + ":livebrief/";
    }
}
