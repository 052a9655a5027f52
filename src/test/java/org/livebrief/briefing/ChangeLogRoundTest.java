package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** {@link ChangeLog#nextRound}: what a batched reader of the change log handles, and how far its cursor may move. */
class ChangeLogRoundTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant GAPS_CLOSED_BEFORE = NOW.minusSeconds(600);

    private record P(long seq, Instant at) {
    }

    private static List<P> recent(long... seqs) {
        return LongStream.of(seqs).mapToObj(s -> new P(s, NOW)).toList();
    }

    private static ChangeLog.Round<P> round(long cursor, List<P> after, int scanned, Set<Long> done, int batch) {
        return ChangeLog.nextRound(cursor, after, scanned, P::seq, P::at, done, batch, GAPS_CLOSED_BEFORE);
    }

    private static List<Long> seqs(ChangeLog.Round<P> round) {
        return round.todo().stream().map(P::seq).toList();
    }

    @Test
    void aBacklogLongerThanABatchMovesTheCursorOnlyOverWhatWasHandled() {
        List<P> after = recent(LongStream.rangeClosed(101, 2_100).toArray());
        ChangeLog.Round<P> first = round(100, after, 2_000, Set.of(), 200);
        assertThat(first.todo()).hasSize(200);
        assertThat(first.to()).as("the 1,800 changes read but not handled stay after the cursor").isEqualTo(300);
        assertThat(first.more()).isTrue();

        // Round after round, every change is handled once and the cursor reaches the end.
        long cursor = 100;
        List<Long> handled = new java.util.ArrayList<>();
        for (int i = 0; i < 20 && cursor < 2_100; i++) {
            long from = cursor;
            List<P> rest = after.stream().filter(p -> p.seq() > from).limit(2_000).toList();
            ChangeLog.Round<P> next = round(cursor, rest, 2_000, Set.of(), 200);
            handled.addAll(seqs(next));
            cursor = next.to();
        }
        assertThat(cursor).isEqualTo(2_100);
        assertThat(handled).containsExactlyElementsOf(LongStream.rangeClosed(101, 2_100).boxed().toList());
    }

    @Test
    void theCursorWaitsAtAFreshGapAndChangesPastItAreHandledOnce() {
        ChangeLog.Round<P> first = round(0, recent(1, 2, 4, 5), 2_000, Set.of(), 10);
        assertThat(seqs(first)).containsExactly(1L, 2L, 4L, 5L);
        assertThat(first.to()).as("3 may still commit").isEqualTo(2);
        assertThat(first.more()).isFalse();

        ChangeLog.Round<P> waiting = round(2, recent(4, 5), 2_000, Set.of(4L, 5L), 10);
        assertThat(waiting.todo()).as("4 and 5 are not handled again").isEmpty();
        assertThat(waiting.to()).isEqualTo(2);

        ChangeLog.Round<P> filled = round(2, recent(3, 4, 5), 2_000, Set.of(4L, 5L), 10);
        assertThat(seqs(filled)).containsExactly(3L);
        assertThat(filled.to()).as("over 3 and over what was handled past it").isEqualTo(5);
    }

    @Test
    void aGapOlderThanAnyTransactionIsPassed() {
        List<P> after = List.of(new P(1, NOW.minusSeconds(3_600)), new P(3, NOW.minusSeconds(3_000)), new P(4, NOW));
        ChangeLog.Round<P> round = round(0, after, 2_000, Set.of(), 10);
        assertThat(round.to()).isEqualTo(4);
    }

    @Test
    void changesDoneBeforeDoNotCountAgainstTheBatchButTheCursorStopsBeforeTheFirstLeftOver() {
        ChangeLog.Round<P> round = round(0, recent(1, 2, 3, 4, 5, 6), 2_000, Set.of(2L, 3L), 2);
        assertThat(seqs(round)).containsExactly(1L, 4L);
        assertThat(round.to()).as("5 and 6 are left for the next round").isEqualTo(4);
        assertThat(round.more()).isTrue();
    }

    @Test
    void aFullScanThatMovedTheCursorAsksForAnotherRound() {
        ChangeLog.Round<P> round = round(0, recent(1, 2, 3), 3, Set.of(), 10);
        assertThat(round.to()).isEqualTo(3);
        assertThat(round.more()).as("more may follow what was read").isTrue();
        assertThat(round(0, recent(1, 2, 3), 5, Set.of(), 10).more()).isFalse();
    }
}
