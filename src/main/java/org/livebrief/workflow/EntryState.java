package org.livebrief.workflow;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.livebrief.platform.ProblemException;

/**
 * Where an entry is in the editorial workflow. Only {@link #PUBLISHED} entries are public.
 */
public enum EntryState {
    DRAFT, SUBMITTED, PUBLISHED;

    private static final Map<EntryState, Map<Transition, EntryState>> ALLOWED = Map.of(
            DRAFT, Map.of(Transition.SUBMIT, SUBMITTED, Transition.PUBLISH, PUBLISHED),
            SUBMITTED, Map.of(Transition.PUBLISH, PUBLISHED),
            PUBLISHED, Map.of());

    /** The state after {@code transition}, or a 409 problem naming the current state. */
    public EntryState next(Transition transition) {
        EntryState next = ALLOWED.get(this).get(transition);
        if (next == null) {
            throw ProblemException.conflict("illegal-transition",
                    "Cannot " + transition.pathName() + " an entry that is " + jsonName(),
                    Map.of("state", jsonName(), "transition", transition.pathName()));
        }
        return next;
    }

    public Set<Transition> allowed() {
        return ALLOWED.get(this).keySet();
    }

    public boolean isPublic() {
        return this == PUBLISHED;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
