package org.livebrief.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.livebrief.platform.ProblemException;

class EntryStateTest {

    @Test
    void draftsCanBeSubmittedOrPublished() {
        assertThat(EntryState.DRAFT.next(Transition.SUBMIT)).isEqualTo(EntryState.SUBMITTED);
        assertThat(EntryState.DRAFT.next(Transition.PUBLISH)).isEqualTo(EntryState.PUBLISHED);
        assertThat(EntryState.SUBMITTED.next(Transition.PUBLISH)).isEqualTo(EntryState.PUBLISHED);
    }

    @Test
    void illegalTransitionsAreConflictsNamingTheCurrentState() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> EntryState.PUBLISHED.next(Transition.SUBMIT));
        assertThat(problem.problem().status()).isEqualTo(409);
        assertThat(problem.problem().extensions()).containsEntry("state", "published");
        assertThat(catchThrowableOfType(ProblemException.class, () -> EntryState.SUBMITTED.next(Transition.SUBMIT)))
                .isNotNull();
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
