package org.livebrief.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionCursorTest {

    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void movesOverEveryCommittedRevisionInOrder() {
        RevisionCursor cursor = new RevisionCursor(10, GRACE);
        assertThat(cursor.advance(List.of(11L, 12L, 13L), T0)).isEqualTo(13);
        assertThat(cursor.advance(List.of(), T0)).isEqualTo(13);
        assertThat(cursor.position()).isEqualTo(13);
    }

    @Test
    void waitsAtARevisionThatIsStillCommittingAndTakesItWhenItArrives() {
        RevisionCursor cursor = new RevisionCursor(10, GRACE);
        assertThat(cursor.advance(List.of(11L, 13L, 14L), T0)).as("12 is still committing").isEqualTo(11);
        assertThat(cursor.advance(List.of(13L, 14L), T0.plusMillis(500))).isEqualTo(11);
        assertThat(cursor.advance(List.of(12L, 13L, 14L), T0.plusSeconds(1))).isEqualTo(14);
    }

    @Test
    void skipsARevisionMissingLongerThanTheGracePeriod() {
        RevisionCursor cursor = new RevisionCursor(10, GRACE);
        assertThat(cursor.advance(List.of(12L), T0)).isEqualTo(10);
        assertThat(cursor.advance(List.of(12L), T0.plus(GRACE).minusMillis(1))).isEqualTo(10);
        assertThat(cursor.advance(List.of(12L), T0.plus(GRACE))).as("11 rolled back").isEqualTo(12);
    }

    @Test
    void eachMissingRevisionGetsItsOwnGracePeriod() {
        RevisionCursor cursor = new RevisionCursor(10, GRACE);
        assertThat(cursor.advance(List.of(12L, 14L), T0)).isEqualTo(10);
        assertThat(cursor.advance(List.of(12L, 14L), T0.plus(GRACE))).as("11 given up, 13 only just seen missing")
                .isEqualTo(12);
        assertThat(cursor.advance(List.of(14L), T0.plus(GRACE).plus(GRACE))).isEqualTo(14);
    }
}
