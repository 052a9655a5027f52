package org.livebrief.briefing;

import java.util.HashSet;
import java.util.Set;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;

/**
 * Who may do what to an entry. The four-eyes rule: an entry reaches the public only after someone other
 * than its author approved or published it — unless its briefing has four-eyes off (editors may then
 * publish their own entries) or the author is in the briefing's trusted fast lane.
 *
 * <p>An editor who rewrites someone else's entry before publication becomes a second writer of it
 * ({@code rewrittenBy}): every writer's text needs a pair of eyes other than their own. So the rewriter may not
 * approve it, and may publish it only after someone else approved it since the rewrite: another editor, or the
 * author, whose approval of the rewritten text (the "re-approval") is the one approval a reporter may give.
 */
public final class EditorialPolicy {

    /** What the policy needs to know about an entry. */
    public record EntryFacts(String author, EntryState state, String approvedBy, String rewrittenBy) {

        public EntryFacts(String author, EntryState state, String approvedBy) {
            this(author, state, approvedBy, null);
        }

        /** The author and, if someone else rewrote the text before publication, that person. */
        Set<String> writers() {
            return rewrittenBy == null || rewrittenBy.equals(author) ? Set.of(author) : Set.of(author, rewrittenBy);
        }

        boolean rewrittenByOther() {
            return writers().size() > 1;
        }
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
            case APPROVE -> editor && !entry.writers().contains(caller.name()) || own && entry.rewrittenByOther();
            case REJECT, RETRACT -> editor;
            case PUBLISH, SCHEDULE -> mayRelease(caller, own, entry, rules);
        };
        if (!allowed) {
            throw ProblemException.forbidden(reason(caller, transition, entry, editor));
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

    /** Only the author deletes an entry, editors included: an editor sends someone else's draft back instead. */
    public static void checkDelete(Caller caller, EntryFacts entry) {
        if (!entry.author().equals(caller.name())) {
            throw ProblemException.forbidden("Only its author deletes a draft");
        }
        if (entry.state() != EntryState.DRAFT) {
            throw ProblemException.conflict("not-a-draft", "Only drafts are deleted; this entry is "
                    + entry.state().jsonName(), java.util.Map.of("state", entry.state().jsonName()));
        }
    }

    private static boolean mayRelease(Caller caller, boolean own, EntryFacts entry, BriefingRules rules) {
        if (own && rules.fastLane().contains(caller.name())) {
            return true;
        }
        if (!caller.canEditAnything()) {
            return false;
        }
        if (!rules.fourEyes()) {
            return true;
        }
        Set<String> eyes = new HashSet<>(Set.of(caller.name()));
        if (entry.state().isApproved() && entry.approvedBy() != null) {
            eyes.add(entry.approvedBy());
        }
        return entry.writers().stream().allMatch(writer -> eyes.stream().anyMatch(person -> !person.equals(writer)));
    }

    private static String reason(Caller caller, Transition transition, EntryFacts entry, boolean editor) {
        if (editor && caller.name().equals(entry.rewrittenBy()) && entry.rewrittenByOther()) {
            return "Four-eyes rule: you rewrote this entry, so another editor or its author must approve it before you "
                    + transition.pathName() + " it";
        }
        if (editor && entry.author().equals(caller.name())) {
            return "Four-eyes rule: someone other than the author must " + transition.pathName() + " this entry";
        }
        return "Your role may not " + transition.pathName() + " this entry";
    }
}
