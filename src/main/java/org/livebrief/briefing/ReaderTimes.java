package org.livebrief.briefing;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.livebrief.platform.TextDirection;

/**
 * Dates and times as a reader page shows them: in the page's language (the briefing's, never the reader's browser)
 * and the briefing's time zone, from CLDR through ICU4J, with CLDR's digits for the language (Persian digits for
 * {@code fa} and {@code ps}) and in the briefing's calendars (issue #18): a Persian page reads
 * "۱۵ آذر ۱۴۰۵، ساعت ۱۴:۳۰ — ۶ دسامبر", the Solar Hijri date with the time and the Gregorian date beside it. The
 * skeletons are the ones the live script gives {@code Intl.DateTimeFormat} ({@code webapp/live/reader.js}), so an
 * update that arrives live reads like one rendered here: "14:30" today, "29 березня о 14:30" on another day of the
 * year, with the year when it is another year (always, in a calendar other than the Gregorian).
 */
final class ReaderTimes {

    /** Hour and minute in the language's own hour cycle ({@code j}): 14:30 in Ukrainian, 2:30 PM in English. */
    static final String TIME = "jmm";
    static final String DAY_AND_TIME = "MMMMdjmm";
    static final String FULL = "yMMMMdjmm";
    static final String DAY = "MMMMd";
    static final String DATE = "yMMMMd";
    /** Between the same day in two calendars, as the BBC's Persian pages write "Solar Hijri — Gregorian". */
    static final String BESIDE = " — ";

    private final ULocale locale;
    private final List<String> calendars;
    private final TimeZone zone;
    private final ZoneId zoneId;
    private final LocalDate today;
    /** The formatters made for this page, by calendar and skeleton (ICU's are not thread-safe: one page, one thread). */
    private final java.util.Map<String, DateFormat> formats = new java.util.HashMap<>();

    ReaderTimes(Locale language, ZoneId zone, Instant now) {
        this(language.toLanguageTag(), List.of(Calendars.GREGORIAN), zone, now);
    }

    ReaderTimes(String languageTag, List<String> calendars, ZoneId zone, Instant now) {
        this.locale = TextDirection.formattingLocale(languageTag);
        this.calendars = calendars.isEmpty() ? List.of(Calendars.GREGORIAN) : List.copyOf(calendars);
        this.zone = TimeZone.getTimeZone(zone.getId());
        this.zoneId = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    static ReaderTimes of(LiveBriefing briefing, Instant now) {
        return new ReaderTimes(briefing.language(), briefing.calendars(), briefing.timeZone(), now);
    }

    /**
     * Time only for today (in the briefing's zone), day and time this year, the full date otherwise; the date in the
     * other calendars after it.
     */
    String when(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, zoneId);
        if (day.equals(today)) {
            return format(calendars.get(0), TIME, instant);
        }
        boolean thisYear = day.getYear() == today.getYear();
        List<String> parts = new ArrayList<>();
        for (String calendar : calendars) {
            boolean first = parts.isEmpty();
            boolean withYear = !thisYear || !calendar.equals(Calendars.GREGORIAN);
            parts.add(format(calendar, first ? (withYear ? FULL : DAY_AND_TIME) : (withYear ? DATE : DAY), instant));
        }
        return String.join(BESIDE, parts);
    }

    /** The full date and time, for a page about one moment (an entry's permalink page). */
    String full(Instant instant) {
        List<String> parts = new ArrayList<>();
        for (String calendar : calendars) {
            parts.add(format(calendar, parts.isEmpty() ? FULL : DATE, instant));
        }
        return String.join(BESIDE, parts);
    }

    /** The day in every calendar, for the date line of a page that shows more than one; null with one calendar. */
    String dateline(Instant instant) {
        if (calendars.size() < 2) {
            return null;
        }
        return String.join(BESIDE, calendars.stream().map(c -> format(c, DATE, instant)).toList());
    }

    /** The day of {@code instant} in the briefing's zone, ISO: a {@code <time datetime>} for the date line. */
    String isoDay(Instant instant) {
        return LocalDate.ofInstant(instant, zoneId).toString();
    }

    private String format(String calendar, String skeleton, Instant instant) {
        // One formatter per calendar and skeleton for the page: making one (pattern generator, calendar) cost more than
        // formatting with it, once per entry (7 % of the reader page's CPU, stop 18). A page is built on one thread.
        DateFormat format = formats.computeIfAbsent(calendar + '/' + skeleton, key -> {
            ULocale withCalendar = locale.setKeywordValue("calendar", calendar);
            return DateFormat.getInstanceForSkeleton(Calendar.getInstance(zone, withCalendar), skeleton, withCalendar);
        });
        // CLDR 42+ puts a narrow no-break space before "AM"; browsers' Intl went back to a plain space. One form on a
        // page, whichever side rendered the time.
        return format.format(Date.from(instant)).replace('\u202F', ' ');
    }
}
