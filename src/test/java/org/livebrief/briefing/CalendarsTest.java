package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarsTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final ZoneId KABUL = ZoneId.of("Asia/Kabul");
    /** 6 December 2026, 14:30 in Tehran (UTC+3:30): 15 Azar 1405 in the Solar Hijri calendar. */
    private static final Instant AT = Instant.parse("2026-12-06T11:00:00Z");
    private static final Instant NEXT_DAY = Instant.parse("2026-12-07T06:00:00Z");

    @ParameterizedTest
    @CsvSource({"fa, persian gregorian", "fa-AF, persian gregorian", "prs, persian gregorian", "ps, persian gregorian",
            "ar-SA, islamic-umalqura gregorian", "ar, gregorian", "uk, gregorian", "ru, gregorian", "sr-Latn, gregorian",
            "en, gregorian"})
    void theDefaultIsClDrsPreferenceForTheLanguagesRegion(String tag, String calendars) {
        assertThat(String.join(" ", Calendars.defaultFor(tag))).isEqualTo(calendars);
    }

    @Test
    void unknownCalendarsDuplicatesAndTooManyAreRefused() {
        assertThat(Calendars.problem(List.of("persian", "gregorian"))).isNull();
        assertThat(Calendars.problem(List.of("martian"))).contains("'martian' is not a calendar");
        assertThat(Calendars.problem(List.of("persian", "persian"))).contains("twice");
        assertThat(Calendars.problem(List.of("persian", "gregorian", "islamic", "hebrew"))).contains("at most");
    }

    @Test
    void theDefaultIsStoredAsNullSoItFollowsTheLanguage() {
        assertThat(Calendars.store(List.of("persian", "gregorian"), "fa")).isNull();
        assertThat(Calendars.store(List.of("gregorian"), "fa")).isEqualTo("gregorian");
        assertThat(Calendars.read(null, "fa")).containsExactly("persian", "gregorian");
        assertThat(Calendars.read("gregorian persian", "uk")).containsExactly("gregorian", "persian");
    }

    @Test
    void digitsAreClDrsDefaultForTheLanguage() {
        assertThat(Calendars.numberingSystem("fa")).isEqualTo("arabext");
        assertThat(Calendars.numberingSystem("prs")).isEqualTo("arabext");
        assertThat(Calendars.numberingSystem("ps")).isEqualTo("arabext");
        assertThat(Calendars.numberingSystem("uk")).isEqualTo("latn");
        assertThat(Calendars.numberingSystem("ar")).isIn("arab", "latn");
    }

    @Test
    void aPersianPageShowsPersianDigitsAndTheSolarHijriDateBesideTheGregorian() {
        ReaderTimes times = new ReaderTimes("fa", Calendars.defaultFor("fa"), TEHRAN, NEXT_DAY);

        String when = times.when(AT);
        assertThat(when).contains("۱۵ آذر ۱۴۰۵").contains("۱۴:۳۰").contains(ReaderTimes.BESIDE).contains("دسامبر")
                .contains("۶").doesNotContainPattern("[0-9]");
        assertThat(when.indexOf("آذر")).isLessThan(when.indexOf("دسامبر"));
        assertThat(times.dateline(AT)).isEqualTo("۱۵ آذر ۱۴۰۵" + ReaderTimes.BESIDE + "۶ دسامبر ۲۰۲۶");
        assertThat(times.full(AT)).contains("۱۴۰۵").contains("۲۰۲۶");
    }

    @Test
    void todayShowsTheTimeAloneInPersianDigits() {
        ReaderTimes times = new ReaderTimes("fa", Calendars.defaultFor("fa"), TEHRAN, AT);

        assertThat(times.when(AT)).isEqualTo("۱۴:۳۰");
    }

    @Test
    void dariUsesTheAfghanMonthNames() {
        ReaderTimes dari = new ReaderTimes("prs", Calendars.defaultFor("prs"), KABUL, NEXT_DAY);
        ReaderTimes afghanPersian = new ReaderTimes("fa-AF", Calendars.defaultFor("fa-AF"), KABUL, NEXT_DAY);

        // Azar is Qaws (the Archer) in Afghanistan.
        assertThat(dari.dateline(AT)).startsWith("۱۵ قوس ۱۴۰۵").doesNotContain("آذر");
        assertThat(afghanPersian.dateline(AT)).isEqualTo(dari.dateline(AT));
    }

    @Test
    void aUkrainianPageStaysGregorianWithLatinDigits() {
        ReaderTimes times = new ReaderTimes("uk", Calendars.defaultFor("uk"), ZoneId.of("Europe/Kyiv"), NEXT_DAY);

        assertThat(times.when(AT)).isEqualTo("6 грудня о 13:00");
        assertThat(times.dateline(AT)).isNull();
    }

    @Test
    void anAdminsChoiceReplacesTheDefault() {
        ReaderTimes gregorianOnly = new ReaderTimes("fa", List.of("gregorian"), TEHRAN, NEXT_DAY);

        assertThat(gregorianOnly.when(AT)).contains("دسامبر").doesNotContain("آذر").contains("۱۴:۳۰");
        assertThat(gregorianOnly.dateline(AT)).isNull();
    }
}
