package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderTimesTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** 29 March 2026, 14:30 in Kyiv (UTC+3 in summer time). */
    private static final Instant AT = Instant.parse("2026-03-29T11:30:00Z");

    @Test
    void aUkrainianPageShowsUkrainianDatesInTheBriefingsZone() {
        ReaderTimes times = new ReaderTimes(Locale.forLanguageTag("uk"), KYIV, Instant.parse("2026-04-02T09:00:00Z"));

        assertThat(times.when(AT)).contains("29 березня").contains("14:30").doesNotContain("Mar").doesNotContain("PM");
    }

    @Test
    void anEnglishPageShowsEnglishDatesWithItsOwnClock() {
        ReaderTimes times = new ReaderTimes(Locale.ENGLISH, KYIV, Instant.parse("2026-04-02T09:00:00Z"));

        assertThat(times.when(AT)).contains("March 29").contains("2:30").contains("PM");
    }

    @Test
    void todayShowsTheTimeOnlyAndAnotherYearTheYear() {
        ReaderTimes sameDay = new ReaderTimes(Locale.forLanguageTag("uk"), KYIV, Instant.parse("2026-03-29T20:00:00Z"));
        ReaderTimes nextYear = new ReaderTimes(Locale.forLanguageTag("uk"), KYIV, Instant.parse("2027-01-02T09:00:00Z"));

        assertThat(sameDay.when(AT)).isEqualTo("14:30");
        assertThat(nextYear.when(AT)).contains("2026").contains("березня");
    }

    @Test
    void theDayIsTheBriefingsDayNotUtcs() {
        // 23:30 UTC on 28 March is already 29 March, 01:30 in Kyiv (UTC+2 until 03:00 that night).
        ReaderTimes times = new ReaderTimes(Locale.forLanguageTag("uk"), KYIV, Instant.parse("2026-03-29T20:00:00Z"));

        assertThat(times.when(Instant.parse("2026-03-28T23:30:00Z"))).isEqualTo("01:30");
    }
}
