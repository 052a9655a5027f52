package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.ProblemException;

/** The entry aggregate on its own, with injected clocks: no container, no database. */
class EntryTest {

    static final Instant NINE = Instant.parse("2022-03-29T06:00:00Z");
    LiveBriefing briefing;

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @BeforeEach
    void briefing() {
        briefing = new LiveBriefing(new BriefingRequest("istanbul", "en", "Istanbul talks", "", "Europe/Kyiv")
                .validateForCreate(), "editor", at(NINE));
    }

    Entry draft(String author) {
        return new Entry(briefing, EntryBody.sanitize("Talks begin in Istanbul"), author, EntryRequest.NO_FLAGS, at(NINE));
    }

    @Test
    void scheduledEntryPublishesOnlyOnceItsTimeHasCome() {
        Entry entry = draft("reporter");
        Instant noon = NINE.plusSeconds(3 * 3600);
        entry.apply(Transition.SCHEDULE, "editor", new TransitionRequest(null, null, noon), at(NINE));
        assertThat(entry.state()).isEqualTo(EntryState.SCHEDULED);
        assertThat(entry.approvedBy()).isEqualTo("editor");

        assertThat(entry.publishIfDue(at(noon.minusSeconds(1)))).isFalse();
        assertThat(entry.state()).isEqualTo(EntryState.SCHEDULED);
        assertThat(entry.publishIfDue(at(noon.plusSeconds(2)))).isTrue();
        assertThat(entry.state()).isEqualTo(EntryState.PUBLISHED);
        assertThat(entry.publishedAt()).isEqualTo(noon.plusSeconds(2));
        assertThat(entry.publishIfDue(at(noon.plusSeconds(60)))).as("a second run publishes nothing").isFalse();
        assertThat(entry.publishedAt()).isEqualTo(noon.plusSeconds(2));
    }

    @Test
    void schedulingInThePastIsRefused() {
        Entry entry = draft("reporter");
        ProblemException problem = catchThrowableOfType(ProblemException.class, () ->
                entry.apply(Transition.SCHEDULE, "editor", new TransitionRequest(null, null, NINE.minusSeconds(1)), at(NINE)));
        assertThat(problem.problem().status()).isEqualTo(400);
        assertThat(entry.state()).isEqualTo(EntryState.DRAFT);
    }

    @Test
    void correctionsKeepThePublicationTimeAndRecordTheNote() {
        Entry entry = draft("reporter");
        entry.apply(Transition.PUBLISH, "editor", TransitionRequest.NONE, at(NINE));
        Instant later = NINE.plusSeconds(600);
        Change.Kind kind = entry.revise(EntryBody.sanitize("Talks began in Istanbul"), EntryRequest.NO_FLAGS,
                "Tense corrected", false, "editor", at(later));
        assertThat(kind).isEqualTo(Change.Kind.ENTRY_CORRECTED);
        assertThat(entry.publishedAt()).isEqualTo(NINE);
        assertThat(entry.timelineAt()).isEqualTo(NINE);
        assertThat(entry.updatedAt()).isEqualTo(later);
        assertThat(entry.corrections()).singleElement().satisfies(c -> {
            assertThat(c.note()).isEqualTo("Tense corrected");
            assertThat(c.correctedAt()).isEqualTo(later);
        });
    }

    @Test
    void publishedBodyChangesNeedANoteUnlessMinor() {
        Entry entry = draft("reporter");
        entry.apply(Transition.PUBLISH, "editor", TransitionRequest.NONE, at(NINE));
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> entry.revise(
                EntryBody.sanitize("Changed"), EntryRequest.NO_FLAGS, null, false, "editor", at(NINE)));
        assertThat(problem.problem().errors()).extracting(e -> e.field()).containsExactly("correctionNote");
        ProblemException notMinor = catchThrowableOfType(ProblemException.class, () -> entry.revise(
                EntryBody.sanitize("Changed"), EntryRequest.NO_FLAGS, null, true, "editor", at(NINE)));
        assertThat(notMinor.problem().errors()).as("a minor fix that changes words (issue #13, finding 2)")
                .extracting(e -> e.field()).containsExactly("minor");
        assertThat(entry.body()).contains("Talks begin in Istanbul");
        assertThat(entry.revise(EntryBody.sanitize("Talks begin in <em>Istanbul</em>"), EntryRequest.NO_FLAGS, null, true,
                "editor", at(NINE))).isEqualTo(Change.Kind.ENTRY_UPDATED);
        assertThat(entry.corrections()).isEmpty();
    }

    @Test
    void editingAnApprovedEntryWithdrawsTheApproval() {
        Entry entry = draft("reporter");
        entry.apply(Transition.SUBMIT, "reporter", TransitionRequest.NONE, at(NINE));
        entry.apply(Transition.APPROVE, "editor", TransitionRequest.NONE, at(NINE));
        entry.revise(EntryBody.sanitize("Talks begin in Istanbul today"), EntryRequest.NO_FLAGS, null, false, "reporter",
                at(NINE));
        assertThat(entry.state()).isEqualTo(EntryState.SUBMITTED);
        assertThat(entry.approvedBy()).isNull();
    }

    @Test
    void retractionNeedsAReasonAndIsFinal() {
        Entry entry = draft("reporter");
        entry.apply(Transition.PUBLISH, "editor", TransitionRequest.NONE, at(NINE));
        assertThat(catchThrowableOfType(ProblemException.class, () ->
                entry.apply(Transition.RETRACT, "editor", TransitionRequest.NONE, at(NINE))).problem().status()).isEqualTo(400);
        entry.apply(Transition.RETRACT, "editor", new TransitionRequest("Wrong city", null, null), at(NINE.plusSeconds(5)));
        assertThat(entry.state()).isEqualTo(EntryState.RETRACTED);
        assertThat(entry.retractedAt()).isEqualTo(NINE.plusSeconds(5));
        assertThat(entry.revisionNote()).isEqualTo("Wrong city");
        assertThat(catchThrowableOfType(ProblemException.class, () -> entry.revise(EntryBody.sanitize("x"),
                EntryRequest.NO_FLAGS, "n", false, "editor", at(NINE))).problem().status()).isEqualTo(409);
    }

    /** Issue #14: retraction unpins, and an entry retracted pinned before that may still be unpinned, nothing else. */
    @Test
    void retractionUnpinsAndARetractedEntryTakesOnlyAnUnpin() {
        Entry pinned = new Entry(briefing, EntryBody.sanitize("Talks begin"), "editor", new EntryFlags(false, true, null, null),
                at(NINE));
        pinned.apply(Transition.PUBLISH, "admin", TransitionRequest.NONE, at(NINE));
        pinned.apply(Transition.RETRACT, "admin", new TransitionRequest("Wrong city", null, null), at(NINE));
        assertThat(pinned.pinned()).isFalse();

        Entry old = new Entry(briefing, EntryBody.sanitize("Talks begin"), "editor", new EntryFlags(false, true, null, null),
                at(NINE));
        old.apply(Transition.PUBLISH, "admin", TransitionRequest.NONE, at(NINE));
        old.apply(Transition.RETRACT, "admin", new TransitionRequest("Wrong city", null, null), at(NINE));
        assertThat(catchThrowableOfType(ProblemException.class, () -> old.revise(EntryBody.sanitize("Talks begin"),
                new EntryFlags(true, false, null, null), null, false, "editor", at(NINE))).problem().status())
                .as("a key-event flag on a retracted entry").isEqualTo(409);
    }

    @Test
    void anEditorsRewriteBeforePublicationIsRecordedAndTheAuthorsOwnEditsAreNot() {
        Entry entry = draft("reporter");
        entry.editBeforePublication(EntryBody.sanitize("Talks begin in Istanbul today"), EntryRequest.NO_FLAGS, "reporter",
                at(NINE));
        assertThat(entry.rewrittenBy()).isNull();
        entry.apply(Transition.SUBMIT, "reporter", TransitionRequest.NONE, at(NINE));
        entry.editBeforePublication(EntryBody.sanitize("Talks began in Istanbul today"), EntryRequest.NO_FLAGS, "editor",
                at(NINE));
        assertThat(entry.rewrittenBy()).isEqualTo("editor");
        assertThat(entry.facts().writers()).containsExactlyInAnyOrder("reporter", "editor");
        entry.editBeforePublication(EntryBody.sanitize("Talks began in Istanbul today"), EntryRequest.NO_FLAGS, "admin",
                at(NINE));
        assertThat(entry.rewrittenBy()).as("an edit that changes nothing rewrites nothing").isEqualTo("editor");
    }

    @Test
    void thePublishedEntryIsNotEditedThroughTheDraftPath() {
        Entry entry = draft("reporter");
        entry.apply(Transition.PUBLISH, "editor", TransitionRequest.NONE, at(NINE));
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> entry.editBeforePublication(
                EntryBody.sanitize("Talks began"), EntryRequest.NO_FLAGS, "editor", at(NINE)));
        assertThat(problem.problem().status()).isEqualTo(409);
        assertThat(problem.problem().extensions()).containsEntry("state", "published");
        assertThat(entry.body()).contains("Talks begin in Istanbul");
    }

    @Test
    void aReturnedDraftKeepsWhoReturnedItAndWhyUntilItIsSubmittedAgain() {
        Entry entry = draft("reporter");
        entry.apply(Transition.SUBMIT, "reporter", TransitionRequest.NONE, at(NINE));
        entry.apply(Transition.REJECT, "editor", new TransitionRequest(null, "Needs a second source", null), at(NINE));
        assertThat(entry.returnedBy()).isEqualTo("editor");
        assertThat(entry.returnNote()).isEqualTo("Needs a second source");
        entry.editBeforePublication(EntryBody.sanitize("Talks begin in Istanbul, two officials say"), EntryRequest.NO_FLAGS,
                "reporter", at(NINE));
        assertThat(entry.returnNote()).as("still there while the author works on it").isEqualTo("Needs a second source");
        entry.apply(Transition.SUBMIT, "reporter", TransitionRequest.NONE, at(NINE));
        assertThat(entry.returnedBy()).isNull();
        assertThat(entry.returnNote()).isNull();
    }
}
