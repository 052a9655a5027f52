package org.livebrief.briefing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.livebrief.platform.ProblemException;

/**
 * A briefing's lifecycle: draft (being prepared, not public) → live → closed (the page says it has
 * ended and it takes no new entries; it can be reopened) → archived (no longer listed or served).
 */
public enum BriefingStatus {
    DRAFT, LIVE, CLOSED, ARCHIVED;

    /** The lifecycle actions, as the last path segment of {@code POST /api/briefings/{id}/{action}}. */
    public enum Action {
        GO_LIVE, CLOSE, REOPEN, ARCHIVE;

        public static Optional<Action> fromPath(String segment) {
            return Arrays.stream(values()).filter(a -> a.pathName().equals(segment)).findFirst();
        }

        public String pathName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Map<BriefingStatus, Map<Action, BriefingStatus>> ALLOWED = Map.of(
            DRAFT, Map.of(Action.GO_LIVE, LIVE, Action.ARCHIVE, ARCHIVED),
            LIVE, Map.of(Action.CLOSE, CLOSED),
            CLOSED, Map.of(Action.REOPEN, LIVE, Action.ARCHIVE, ARCHIVED),
            ARCHIVED, Map.of());

    public BriefingStatus next(Action action) {
        BriefingStatus next = ALLOWED.get(this).get(action);
        if (next == null) {
            throw ProblemException.conflict("illegal-transition", "Cannot " + action.pathName()
                    + " a briefing that is " + jsonName(), Map.of("status", jsonName(), "action", action.pathName()));
        }
        return next;
    }

    public boolean isPublic() {
        return this == LIVE || this == CLOSED;
    }

    public boolean takesEntries() {
        return this == DRAFT || this == LIVE;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BriefingStatus> fromJson(String name) {
        return Arrays.stream(values()).filter(s -> s.jsonName().equals(name)).findFirst();
    }
}
