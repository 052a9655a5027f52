package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Failed work backs off: the poll interval first, then doubling, never past the maximum; one line per episode. */
class BackoffTest {

    @Test
    void theWaitDoublesFromThePollIntervalUpToTheMaximum() {
        long wait = 0;
        long[] waits = new long[9];
        for (int i = 0; i < waits.length; i++) {
            wait = Backoff.next(wait, 1000, 60_000);
            waits[i] = wait;
        }
        assertThat(waits).containsExactly(1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000);
        assertThat(Backoff.next(0, 200, 60_000)).as("after a success the first wait is the poll again").isEqualTo(200);
    }

    @Test
    void anEpisodeOfFailuresIsReportedOnceWhenItStartsAndOnceWhenItEnds() {
        Backoff backoff = new Backoff(60_000, 600_000);
        assertThat(backoff.waiting()).isFalse();
        assertThat(backoff.succeeded()).as("no episode to end").isFalse();
        assertThat(backoff.failed()).as("the first failure starts one").isTrue();
        assertThat(backoff.waiting()).as("a minute to wait").isTrue();
        assertThat(backoff.failed()).as("the next one is the same episode").isFalse();
        assertThat(backoff.waitMillis()).isEqualTo(120_000);
        assertThat(backoff.succeeded()).as("a success ends it").isTrue();
        assertThat(backoff.waitMillis()).isZero();
        assertThat(backoff.failed()).as("a new episode").isTrue();
        assertThat(backoff.waitMillis()).as("starting from the poll again").isEqualTo(60_000);
    }
}
