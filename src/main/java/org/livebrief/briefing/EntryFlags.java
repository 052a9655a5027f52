package org.livebrief.briefing;

import java.time.Instant;
import java.util.List;

/**
 * An entry's settings besides its body: key event, pinned, requested embargo, the entry it translates, its
 * optional headline (plain text, validated by {@link EntryRequest}; null when the entry has none), the contributors
 * who sign it (byline profiles' ids in byline order; empty: its author's byline) and its dateline (a place of the
 * name authority; null when none).
 */
record EntryFlags(boolean keyEvent, boolean pinned, Instant publishAt, Long translationOf, String headline,
                  List<Long> contributors, Long dateline) {

    EntryFlags {
        contributors = List.copyOf(contributors);
    }

    EntryFlags(boolean keyEvent, boolean pinned, Instant publishAt, Long translationOf, String headline) {
        this(keyEvent, pinned, publishAt, translationOf, headline, List.of(), null);
    }

    EntryFlags(boolean keyEvent, boolean pinned, Instant publishAt, Long translationOf) {
        this(keyEvent, pinned, publishAt, translationOf, null);
    }
}
