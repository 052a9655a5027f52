package org.livebrief.briefing;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

/**
 * Dates and times as a reader page shows them: in the page's language (the briefing's, never the reader's browser)
 * and the briefing's time zone, from CLDR through ICU4J. The skeletons are the ones the live script gives
 * {@code Intl.DateTimeFormat} ({@code webapp/live/reader.js}), so an update that arrives live reads like one rendered
 * here: "14:30" today, "29 березня о 14:30" on another day of the year, with the year when it is another year.
 */
final class ReaderTimes {

    /** Hour and minute in the language's own hour cycle ({@code j}): 14:30 in Ukrainian, 2:30 PM in English. */
    static final String TIME = "jmm";
    static final String DAY_AND_TIME = "MMMMdjmm";
    static final String FULL = "yMMMMdjmm";

    private final ULocale locale;
    private final TimeZone zone;
    private final ZoneId zoneId;
    private final LocalDate today;

    ReaderTimes(Locale language, ZoneId zone, Instant now) {
        this.locale = ULocale.forLocale(language);
        this.zone = TimeZone.getTimeZone(zone.getId());
        this.zoneId = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    /** Time only for today (in the briefing's zone), day and time this year, the full date otherwise. */
    String when(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, zoneId);
        String skeleton = day.equals(today) ? TIME : day.getYear() == today.getYear() ? DAY_AND_TIME : FULL;
        return format(skeleton, instant);
    }

    /** The full date and time, for a page about one moment (an entry's permalink page). */
    String full(Instant instant) {
        return format(FULL, instant);
    }

    private String format(String skeleton, Instant instant) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
        format.setTimeZone(zone);
        // CLDR 42+ puts a narrow no-break space before "AM"; browsers' Intl went back to a plain space. One form on a
        // page, whichever side rendered the time.
        return format.format(Date.from(instant)).replace('\u202F', ' ');
    }
}
