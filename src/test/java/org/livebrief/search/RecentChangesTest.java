package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentChangesTest {

    private static final Instant NEWEST = Instant.parse("2026-03-04T10:00:00Z");

    /** A change log of {@code count} rows, one a second up to {@link #NEWEST}; row n names entry 1000 + n. */
    private static List<RecentChanges.Touch> log(int count) {
        List<RecentChanges.Touch> rows = new ArrayList<>();
        for (int seq = 1; seq <= count; seq++) {
            rows.add(new RecentChanges.Touch(seq, 1000L + seq, 7, false, NEWEST.minusSeconds(count - seq)));
        }
        return rows;
    }

    /** Pages as ChangeLog.newestFirst answers them, counting the pages asked for. */
    private static final class Pages {
        final List<RecentChanges.Touch> rows;
        int asked;

        Pages(List<RecentChanges.Touch> rows) {
            this.rows = rows;
        }

        List<RecentChanges.Touch> page(long atMost) {
            asked++;
            return rows.stream().filter(t -> t.seq() <= atMost)
                    .sorted(Comparator.comparingLong(RecentChanges.Touch::seq).reversed())
                    .limit(RecentChanges.PAGE).toList();
        }
    }

    @Test
    void theWalkTakesTheChangesOfTheWindowBeforeTheNewestAcrossPagesAndNoOlderOne() {
        Pages pages = new Pages(log(3000));
        RecentChanges recent = RecentChanges.walk(pages::page, Duration.ofMinutes(20), 100_000);
        // 20 minutes at one change a second: the newest and the 1,200 seconds before it.
        assertThat(recent.overflow()).isFalse();
        assertThat(recent.entries()).hasSize(1201).startsWith(4000L, 3999L).endsWith(2800L);
        assertThat(pages.asked).isEqualTo(3);
    }

    @Test
    void entriesNamedTwiceCountOnceAndStatusChangesNameTheirBriefing() {
        List<RecentChanges.Touch> rows = List.of(
                new RecentChanges.Touch(1, null, 3, true, NEWEST.minusSeconds(30)),
                new RecentChanges.Touch(2, 11L, 4, false, NEWEST.minusSeconds(20)),
                new RecentChanges.Touch(3, 11L, 4, false, NEWEST.minusSeconds(10)),
                new RecentChanges.Touch(4, null, 4, false, NEWEST));
        RecentChanges recent = RecentChanges.walk(new Pages(rows)::page, RecentChanges.WINDOW, 10);
        assertThat(recent.entries()).containsExactly(11L);
        assertThat(recent.briefings()).containsExactly(3L);
    }

    @Test
    void aChangeOlderThanTheWindowEndsTheWalk() {
        List<RecentChanges.Touch> rows = List.of(
                new RecentChanges.Touch(1, 5L, 1, false, NEWEST.minus(Duration.ofHours(3))),
                new RecentChanges.Touch(2, 6L, 1, false, NEWEST.minus(RecentChanges.WINDOW).minusSeconds(1)),
                new RecentChanges.Touch(3, 7L, 1, false, NEWEST.minus(RecentChanges.WINDOW)),
                new RecentChanges.Touch(4, 8L, 1, false, NEWEST));
        assertThat(RecentChanges.walk(new Pages(rows)::page, RecentChanges.WINDOW, 10).entries()).containsExactly(8L, 7L);
    }

    @Test
    void moreEntriesThanTheLimitAsksForARebuild() {
        RecentChanges recent = RecentChanges.walk(new Pages(log(50))::page, Duration.ofHours(1), 20);
        assertThat(recent.overflow()).isTrue();
        assertThat(recent.entries()).isEmpty();
    }

    @Test
    void anEmptyLogTouchesNothing() {
        RecentChanges recent = RecentChanges.walk(new Pages(List.of())::page, RecentChanges.WINDOW, 10);
        assertThat(recent.entries()).isEmpty();
        assertThat(recent.briefings()).isEmpty();
        assertThat(recent.overflow()).isFalse();
    }
}
