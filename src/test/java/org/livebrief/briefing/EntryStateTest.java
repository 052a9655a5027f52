package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livebrief.platform.ProblemException;

class EntryStateTest {

    @ParameterizedTest
    @CsvSource({
            "DRAFT, SUBMIT, SUBMITTED", "DRAFT, PUBLISH, PUBLISHED", "DRAFT, SCHEDULE, SCHEDULED",
            "SUBMITTED, APPROVE, APPROVED", "SUBMITTED, REJECT, DRAFT", "SUBMITTED, PUBLISH, PUBLISHED",
            "APPROVED, PUBLISH, PUBLISHED", "APPROVED, REJECT, DRAFT", "SCHEDULED, SCHEDULE, SCHEDULED",
            "SCHEDULED, PUBLISH, PUBLISHED", "SCHEDULED, REJECT, DRAFT", "PUBLISHED, RETRACT, RETRACTED"})
    void allowedTransitions(EntryState from, Transition transition, EntryState to) {
        assertThat(from.next(transition)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({"PUBLISHED, SUBMIT", "PUBLISHED, PUBLISH", "RETRACTED, PUBLISH", "DRAFT, APPROVE", "DRAFT, RETRACT",
            "SUBMITTED, SUBMIT", "APPROVED, APPROVE", "RETRACTED, RETRACT"})
    void illegalTransitionsAreConflictsNamingTheCurrentState(EntryState from, Transition transition) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> from.next(transition));
        assertThat(problem.problem().status()).isEqualTo(409);
        assertThat(problem.problem().extensions()).containsEntry("state", from.jsonName());
    }

    @Test
    void retractedIsFinal() {
        assertThat(EntryState.RETRACTED.allowed()).isEmpty();
    }

    @Test
    void onlyPublishedEntriesArePublic() {
        assertThat(EntryState.values()).filteredOn(EntryState::isPublic).containsExactly(EntryState.PUBLISHED);
    }

    @Test
    void transitionsAreNamedByTheirPathSegment() {
        assertThat(Transition.fromPath("publish")).contains(Transition.PUBLISH);
        assertThat(Transition.fromPath("PUBLISH")).isEmpty();
        assertThat(Transition.fromPath("delete")).isEmpty();
    }
}
