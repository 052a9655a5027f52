package org.livebrief.briefing;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.livebrief.platform.ProblemException;

/**
 * Where an entry is in the editorial workflow, and which transitions lead where:
 * <pre>
 *   DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED
 *     ▲                  │  │                   │
 *     └──────reject──────┘  └─publish/schedule──┴──▶ PUBLISHED / SCHEDULED ──(due)──▶ PUBLISHED ──retract──▶ RETRACTED
 * </pre>
 * Only {@link #PUBLISHED} entries are public. Who may take a transition is {@link EditorialPolicy}'s business.
 */
public enum EntryState {
    DRAFT, SUBMITTED, APPROVED, SCHEDULED, PUBLISHED, RETRACTED;

    private static final Map<EntryState, Map<Transition, EntryState>> ALLOWED = new EnumMap<>(Map.of(
            DRAFT, Map.of(Transition.SUBMIT, SUBMITTED, Transition.PUBLISH, PUBLISHED, Transition.SCHEDULE, SCHEDULED),
            SUBMITTED, Map.of(Transition.APPROVE, APPROVED, Transition.PUBLISH, PUBLISHED,
                    Transition.SCHEDULE, SCHEDULED, Transition.REJECT, DRAFT),
            APPROVED, Map.of(Transition.PUBLISH, PUBLISHED, Transition.SCHEDULE, SCHEDULED, Transition.REJECT, DRAFT),
            SCHEDULED, Map.of(Transition.PUBLISH, PUBLISHED, Transition.SCHEDULE, SCHEDULED, Transition.REJECT, DRAFT),
            PUBLISHED, Map.of(Transition.RETRACT, RETRACTED),
            RETRACTED, Map.of()));

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

    /** Not public yet and never was: the desk edits these through the draft path. */
    public boolean isBeforePublication() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED || this == SCHEDULED;
    }

    /** Approved and scheduled entries wait for publication with a second person's approval behind them. */
    public boolean isApproved() {
        return this == APPROVED || this == SCHEDULED;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
