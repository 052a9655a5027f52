package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Failed purges back off: the poll interval first, then doubling, never past the maximum. */
class CdnPurgerTest {

    @Test
    void theWaitDoublesFromThePollIntervalUpToTheMaximum() {
        long wait = 0;
        long[] waits = new long[9];
        for (int i = 0; i < waits.length; i++) {
            wait = CdnPurger.nextBackoff(wait, 1000, 60_000);
            waits[i] = wait;
        }
        assertThat(waits).containsExactly(1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000);
        assertThat(CdnPurger.nextBackoff(0, 200, 60_000)).as("after a success the first wait is the poll again").isEqualTo(200);
    }
}
