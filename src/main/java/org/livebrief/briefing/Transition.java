package org.livebrief.briefing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an editor or reporter asks of an entry: the last path segment of {@code POST …/entries/{id}/{transition}}. */
public enum Transition {
    /** The author hands a draft to the editors. */
    SUBMIT,
    /** A second person checked it; anyone with the right to publish may now publish it. */
    APPROVE,
    /** Public now. */
    PUBLISH,
    /** Back to the author as a draft, with a note. */
    REJECT,
    /** Public at {@code publishAt} (an embargo). */
    SCHEDULE,
    /** Withdrawn from every channel, with a reason; kept in history. */
    RETRACT;

    public static Optional<Transition> fromPath(String segment) {
        return Arrays.stream(values()).filter(t -> t.pathName().equals(segment)).findFirst();
    }

    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
