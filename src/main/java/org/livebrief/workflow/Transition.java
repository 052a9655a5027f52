package org.livebrief.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an editor or reporter asks of an entry: the last path segment of {@code POST …/entries/{id}/{transition}}. */
public enum Transition {
    SUBMIT, PUBLISH;

    public static Optional<Transition> fromPath(String segment) {
        return Arrays.stream(values()).filter(t -> t.pathName().equals(segment)).findFirst();
    }

    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
