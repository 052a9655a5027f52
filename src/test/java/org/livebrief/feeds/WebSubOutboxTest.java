package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.feeds.WebSubOutbox.Position;

/** How far the WebSub cursor may move over the change log, and the retry waits. */
class WebSubOutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant CLOSED = NOW.minus(WebSubOutbox.GAP_HORIZON);

    private static Position at(long seq, Duration ago) {
        return new Position(seq, NOW.minus(ago));
    }

    @Test
    void movesOverChangesThatFollowWithoutAGap() {
        assertThat(WebSubOutbox.advance(10, List.of(at(11, Duration.ZERO), at(12, Duration.ZERO)), CLOSED)).isEqualTo(12);
        assertThat(WebSubOutbox.advance(10, List.of(), CLOSED)).isEqualTo(10);
    }

    @Test
    void waitsAtAGapAnOpenTransactionMayStillFill() {
        // seq 12 is taken by a transaction that has not committed: 13 is visible, 12 is not (yet)
        List<Position> read = List.of(at(11, Duration.ofSeconds(3)), at(13, Duration.ofSeconds(1)), at(14, Duration.ZERO));
        assertThat(WebSubOutbox.advance(10, read, CLOSED)).isEqualTo(11);
    }

    @Test
    void movesOverAGapOnceNoTransactionCanFillIt() {
        // seq 12 was rolled back long ago
        List<Position> read = List.of(at(11, Duration.ofHours(1)), at(13, Duration.ofMinutes(11)), at(14, Duration.ZERO),
                at(16, Duration.ofSeconds(2)));
        assertThat(WebSubOutbox.advance(10, read, CLOSED)).isEqualTo(14);
    }

    @Test
    void backoffDoublesUpToAnHour() {
        assertThat(WebSubOutbox.backoff(0, 1000)).isZero();
        assertThat(WebSubOutbox.backoff(1, 1000)).hasMillis(1000);
        assertThat(WebSubOutbox.backoff(2, 1000)).hasMillis(2000);
        assertThat(WebSubOutbox.backoff(5, 1000)).hasMillis(16_000);
        assertThat(WebSubOutbox.backoff(13, 1000)).isEqualTo(WebSubOutbox.MAX_BACKOFF);
        assertThat(WebSubOutbox.backoff(200, 1000)).isEqualTo(WebSubOutbox.MAX_BACKOFF);
    }
}
