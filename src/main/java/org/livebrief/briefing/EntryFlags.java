package org.livebrief.briefing;

import java.time.Instant;

/**
 * An entry's settings besides its body: key event, pinned, requested embargo, the entry it translates, and its
 * optional headline (plain text, validated by {@link EntryRequest}; null when the entry has none).
 */
record EntryFlags(boolean keyEvent, boolean pinned, Instant publishAt, Long translationOf, String headline) {

    EntryFlags(boolean keyEvent, boolean pinned, Instant publishAt, Long translationOf) {
        this(keyEvent, pinned, publishAt, translationOf, null);
    }
}
