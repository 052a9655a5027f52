package org.livebrief.briefing;

import java.util.Set;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;

/**
 * Who may do what to an entry. The four-eyes rule: an entry reaches the public only after someone other
 * than its author approved or published it — unless its briefing has four-eyes off (editors may then
 * publish their own entries) or the author is in the briefing's trusted fast lane.
 */
public final class EditorialPolicy {

    /** What the policy needs to know about an entry. */
    public record EntryFacts(String author, EntryState state, String approvedBy) {
    }

    /** A briefing's workflow settings. */
    public record BriefingRules(boolean fourEyes, Set<String> fastLane) {
    }

    private EditorialPolicy() {
    }

    /** Refuses with 403 when {@code caller} may not take {@code transition}; the state check comes after. */
    public static void check(Caller caller, Transition transition, EntryFacts entry, BriefingRules rules) {
        boolean own = entry.author().equals(caller.name());
        boolean editor = caller.canEditAnything();
        boolean allowed = switch (transition) {
            case SUBMIT -> own || editor;
            case APPROVE -> editor && !own;
            case REJECT, RETRACT -> editor;
            case PUBLISH, SCHEDULE -> mayRelease(caller, own, entry, rules);
        };
        if (!allowed) {
            throw ProblemException.forbidden(reason(transition, own, editor));
        }
    }

    /** May {@code caller} edit the entry's text (a correction, if it is published)? */
    public static void checkEdit(Caller caller, EntryFacts entry) {
        boolean own = entry.author().equals(caller.name());
        boolean draftish = entry.state() == EntryState.DRAFT || entry.state() == EntryState.SUBMITTED
                || entry.state() == EntryState.APPROVED;
        if (!(caller.canEditAnything() || own && draftish)) {
            throw ProblemException.forbidden("Reporters edit only their own unpublished entries");
        }
    }

    private static boolean mayRelease(Caller caller, boolean own, EntryFacts entry, BriefingRules rules) {
        if (own && rules.fastLane().contains(caller.name())) {
            return true;
        }
        if (!caller.canEditAnything()) {
            return false;
        }
        boolean secondPersonApproved = entry.state().isApproved() && entry.approvedBy() != null
                && !entry.approvedBy().equals(entry.author());
        return !own || secondPersonApproved || !rules.fourEyes();
    }

    private static String reason(Transition transition, boolean own, boolean editor) {
        if (editor && own) {
            return "Four-eyes rule: someone other than the author must " + transition.pathName() + " this entry";
        }
        return "Your role may not " + transition.pathName() + " this entry";
    }
}
