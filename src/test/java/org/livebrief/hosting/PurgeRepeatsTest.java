package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PurgeRepeatsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void keysAreDueAgainAfterTheDelayOnceEach() {
        PurgeRepeats repeats = new PurgeRepeats(SECOND);
        long t = 42 * SECOND;
        repeats.purged(t, Set.of("briefing-1", "front"));
        repeats.purged(t + SECOND / 2, Set.of("briefing-1", "name-7"));
        assertThat(repeats.takeDue(t + SECOND - 1)).as("not yet").isEmpty();
        assertThat(repeats.takeDue(t + SECOND)).containsExactlyInAnyOrder("briefing-1", "front");
        assertThat(repeats.takeDue(t + SECOND)).as("taken once").isEmpty();
        assertThat(repeats.takeDue(t + 2 * SECOND)).containsExactlyInAnyOrder("briefing-1", "name-7");
        assertThat(repeats.isEmpty()).isTrue();
    }

    @Test
    void aFailedRepeatIsDueAtOnceAndARepeatIsNotRepeated() {
        PurgeRepeats repeats = new PurgeRepeats(SECOND);
        long t = -5 * SECOND; // nanoTime may be negative
        repeats.purged(t, Set.of("entry-3"));
        repeats.purged(t + SECOND / 2, Set.of("entry-4"));
        Set<String> due = repeats.takeDue(t + SECOND);
        assertThat(due).containsExactly("entry-3");
        repeats.failed(due);
        assertThat(repeats.takeDue(t + SECOND + 1)).as("again at once, ahead of later ones").containsExactly("entry-3");
        assertThat(repeats.takeDue(t + 2 * SECOND)).containsExactly("entry-4");
        assertThat(repeats.isEmpty()).isTrue();
    }

    @Test
    void noDelayMeansNoRepeats() {
        PurgeRepeats repeats = new PurgeRepeats(0);
        repeats.purged(0, Set.of("front"));
        assertThat(repeats.isEmpty()).isTrue();
        assertThat(repeats.takeDue(10 * SECOND)).isEmpty();
    }
}
