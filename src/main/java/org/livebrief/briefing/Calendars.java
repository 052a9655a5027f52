package org.livebrief.briefing;

import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.livebrief.platform.TextDirection;

/**
 * The calendars a briefing's dates are shown in, first the main one (issue #18, item 2). By default CLDR's preference
 * for the language's likely region ({@code fa} → Solar Hijri beside Gregorian, as Iranian and Afghan readers expect;
 * {@code ar-SA} → Umm al-Qura beside Gregorian; most languages Gregorian only); an admin may choose others. Names are
 * ICU's calendar keywords ({@code gregorian}, {@code persian}, {@code islamic-umalqura} …); the live script maps them
 * to {@code Intl}'s ({@code gregorian} is {@code gregory} there).
 */
final class Calendars {

    static final String GREGORIAN = "gregorian";
    /** At most this many calendars side by side: a date line, not a table. */
    static final int MAX = 3;
    /** Every calendar ICU knows, {@code iso8601} aside (it is Gregorian with other week rules). */
    static final Set<String> KNOWN = known();

    private Calendars() {
    }

    private static Set<String> known() {
        Set<String> all = new TreeSet<>(Arrays.asList(Calendar.getKeywordValuesForLocale("calendar", ULocale.ROOT, false)));
        all.remove("iso8601");
        all.remove("unknown");
        return Set.copyOf(all);
    }

    /** CLDR's preferred calendar for the language's likely region, with the Gregorian beside it when it is another. */
    static List<String> defaultFor(String languageTag) {
        ULocale likely = ULocale.addLikelySubtags(TextDirection.formattingLocale(languageTag));
        String[] preferred = Calendar.getKeywordValuesForLocale("calendar", likely, true);
        String first = preferred.length == 0 || !KNOWN.contains(preferred[0]) ? GREGORIAN : preferred[0];
        return first.equals(GREGORIAN) ? List.of(GREGORIAN) : List.of(first, GREGORIAN);
    }

    static List<String> defaultFor(Locale language) {
        return defaultFor(language.toLanguageTag());
    }

    /** The stored form: null for the language's default, else the names joined by spaces. */
    static String store(List<String> calendars, String languageTag) {
        return calendars == null || calendars.isEmpty() || calendars.equals(defaultFor(languageTag)) ? null
                : String.join(" ", calendars);
    }

    static List<String> read(String stored, String languageTag) {
        return stored == null || stored.isBlank() ? defaultFor(languageTag) : List.of(stored.strip().split(" +"));
    }

    /** Why a requested list is refused, or null: unknown names, duplicates, more than {@link #MAX}. */
    static String problem(List<String> requested) {
        if (requested.size() > MAX) {
            return "may list at most " + MAX + " calendars";
        }
        List<String> seen = new ArrayList<>();
        for (String name : requested) {
            if (name == null || !KNOWN.contains(name.strip())) {
                return "'" + name + "' is not a calendar (use ICU's names: " + String.join(", ", new TreeSet<>(KNOWN)) + ")";
            }
            if (seen.contains(name.strip())) {
                return "lists '" + name + "' twice";
            }
            seen.add(name.strip());
        }
        return null;
    }

    /** The digits CLDR gives the language by default ({@code arabext} for fa and ps, {@code arab} for ar, else latn). */
    static String numberingSystem(String languageTag) {
        return NumberingSystem.getInstance(TextDirection.formattingLocale(languageTag)).getName();
    }
}
