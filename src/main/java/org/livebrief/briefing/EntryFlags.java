package org.livebrief.briefing;

import java.time.Instant;

/** An entry's settings besides its body: key event, pinned, requested embargo, the entry it translates. */
record EntryFlags(boolean keyEvent, boolean pinned, Instant publishAt, Long translationOf) {
}
