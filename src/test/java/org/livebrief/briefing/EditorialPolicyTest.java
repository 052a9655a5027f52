package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;

class EditorialPolicyTest {

    static final Caller REPORTER = new Caller("iryna", true, false, false);
    static final Caller OTHER_REPORTER = new Caller("denys", true, false, false);
    static final Caller EDITOR = new Caller("olena", false, true, false);
    static final Caller OTHER_EDITOR = new Caller("taras", false, true, false);
    static final EditorialPolicy.BriefingRules FOUR_EYES = new EditorialPolicy.BriefingRules(true, Set.of());

    static EditorialPolicy.EntryFacts by(String author, EntryState state, String approvedBy) {
        return new EditorialPolicy.EntryFacts(author, state, approvedBy);
    }

    static int status(Runnable check) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, check::run);
        return problem == null ? 200 : problem.problem().status();
    }

    @Test
    void editorsReleaseOthersEntriesButNotTheirOwn() {
        var reporters = by("iryna", EntryState.SUBMITTED, null);
        var editors = by("olena", EntryState.SUBMITTED, null);
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH, reporters, FOUR_EYES))).isEqualTo(200);
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH, editors, FOUR_EYES))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.SCHEDULE, editors, FOUR_EYES))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.APPROVE, editors, FOUR_EYES))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.check(OTHER_EDITOR, Transition.APPROVE, editors, FOUR_EYES))).isEqualTo(200);
    }

    @Test
    void approvalByASecondPersonLetsTheAuthorRelease() {
        var approved = by("olena", EntryState.APPROVED, "taras");
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH, approved, FOUR_EYES))).isEqualTo(200);
        var selfApproved = by("olena", EntryState.APPROVED, "olena");
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH, selfApproved, FOUR_EYES))).isEqualTo(403);
    }

    @Test
    void fastLaneLetsNamedReportersPublishTheirOwnEntriesOnly() {
        var lane = new EditorialPolicy.BriefingRules(true, Set.of("iryna"));
        var own = by("iryna", EntryState.DRAFT, null);
        var others = by("denys", EntryState.DRAFT, null);
        assertThat(status(() -> EditorialPolicy.check(REPORTER, Transition.PUBLISH, own, lane))).isEqualTo(200);
        assertThat(status(() -> EditorialPolicy.check(REPORTER, Transition.PUBLISH, others, lane))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.check(OTHER_REPORTER, Transition.PUBLISH, others, lane))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.check(REPORTER, Transition.RETRACT, own, lane))).isEqualTo(403);
    }

    @Test
    void fourEyesOffLetsEditorsButNotReportersPublishTheirOwn() {
        var off = new EditorialPolicy.BriefingRules(false, Set.of());
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH, by("olena", EntryState.DRAFT, null), off)))
                .isEqualTo(200);
        assertThat(status(() -> EditorialPolicy.check(REPORTER, Transition.PUBLISH, by("iryna", EntryState.DRAFT, null), off)))
                .isEqualTo(403);
    }

    @ParameterizedTest
    @EnumSource(value = EntryState.class, names = {"DRAFT", "SUBMITTED", "APPROVED"})
    void reportersEditTheirOwnUnpublishedEntries(EntryState state) {
        assertThatCode(() -> EditorialPolicy.checkEdit(REPORTER, by("iryna", state, null))).doesNotThrowAnyException();
        assertThat(status(() -> EditorialPolicy.checkEdit(OTHER_REPORTER, by("iryna", state, null)))).isEqualTo(403);
    }

    @ParameterizedTest
    @EnumSource(value = EntryState.class, names = {"SCHEDULED", "PUBLISHED", "RETRACTED"})
    void onlyEditorsTouchReleasedEntries(EntryState state) {
        assertThat(status(() -> EditorialPolicy.checkEdit(REPORTER, by("iryna", state, null)))).isEqualTo(403);
        assertThatCode(() -> EditorialPolicy.checkEdit(EDITOR, by("iryna", state, null))).doesNotThrowAnyException();
    }

    static EditorialPolicy.EntryFacts rewritten(EntryState state, String approvedBy, String rewrittenBy) {
        return new EditorialPolicy.EntryFacts("iryna", state, approvedBy, rewrittenBy);
    }

    /** Issue #14: an editor who rewrote a reporter's update is a second writer, not its second pair of eyes. */
    @Test
    void anEditorWhoRewroteAnUpdateMayNotBeItsOnlyApprover() {
        var rewrite = rewritten(EntryState.SUBMITTED, null, "olena");
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.APPROVE, rewrite, FOUR_EYES))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH, rewrite, FOUR_EYES))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.SCHEDULE, rewrite, FOUR_EYES))).isEqualTo(403);
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> EditorialPolicy.check(EDITOR, Transition.PUBLISH, rewrite, FOUR_EYES)).getMessage())
                .contains("you rewrote this entry");
        // Another editor is a second pair of eyes for both writers.
        assertThat(status(() -> EditorialPolicy.check(OTHER_EDITOR, Transition.APPROVE, rewrite, FOUR_EYES))).isEqualTo(200);
        assertThat(status(() -> EditorialPolicy.check(OTHER_EDITOR, Transition.PUBLISH, rewrite, FOUR_EYES))).isEqualTo(200);
    }

    @Test
    void theRewriterPublishesOnceAnotherEditorOrTheAuthorApprovedTheNewText() {
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH,
                rewritten(EntryState.APPROVED, "taras", "olena"), FOUR_EYES))).isEqualTo(200);
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH,
                rewritten(EntryState.APPROVED, "iryna", "olena"), FOUR_EYES))).as("the author's re-approval").isEqualTo(200);
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH,
                rewritten(EntryState.APPROVED, "olena", "olena"), FOUR_EYES))).as("approved by the rewriter").isEqualTo(403);
    }

    @Test
    void theAuthorMayReapproveATextSomeoneElseRewroteButNotTheirOwn() {
        assertThat(status(() -> EditorialPolicy.check(REPORTER, Transition.APPROVE,
                rewritten(EntryState.SUBMITTED, null, "olena"), FOUR_EYES))).isEqualTo(200);
        assertThat(status(() -> EditorialPolicy.check(REPORTER, Transition.APPROVE,
                rewritten(EntryState.SUBMITTED, null, null), FOUR_EYES))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.check(OTHER_REPORTER, Transition.APPROVE,
                rewritten(EntryState.SUBMITTED, null, "olena"), FOUR_EYES))).isEqualTo(403);
        // Re-approval is no publication right: the reporter still may not publish.
        assertThat(status(() -> EditorialPolicy.check(REPORTER, Transition.PUBLISH,
                rewritten(EntryState.APPROVED, "iryna", "olena"), FOUR_EYES))).isEqualTo(403);
    }

    @Test
    void withFourEyesOffTheRewriterPublishesAlone() {
        var off = new EditorialPolicy.BriefingRules(false, Set.of());
        assertThat(status(() -> EditorialPolicy.check(EDITOR, Transition.PUBLISH,
                rewritten(EntryState.SUBMITTED, null, "olena"), off))).isEqualTo(200);
    }

    @Test
    void onlyTheAuthorDeletesAndOnlyADraft() {
        assertThatCode(() -> EditorialPolicy.checkDelete(REPORTER, by("iryna", EntryState.DRAFT, null)))
                .doesNotThrowAnyException();
        assertThat(status(() -> EditorialPolicy.checkDelete(OTHER_REPORTER, by("iryna", EntryState.DRAFT, null)))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.checkDelete(EDITOR, by("iryna", EntryState.DRAFT, null)))).isEqualTo(403);
        assertThat(status(() -> EditorialPolicy.checkDelete(REPORTER, by("iryna", EntryState.SUBMITTED, null)))).isEqualTo(409);
        assertThat(status(() -> EditorialPolicy.checkDelete(REPORTER, by("iryna", EntryState.PUBLISHED, null)))).isEqualTo(409);
    }
}
