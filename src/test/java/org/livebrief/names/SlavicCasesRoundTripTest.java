package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one case-form reader against the one case-form maker, on names nobody tuned either to: every one-word Cyrillic
 * name of a town of Ukraine, Russia or Belarus in the shipped gazetteer (GeoNames; about 5,000 names, 11,000 forms). Each form
 * {@link Declension} makes must be read back to its nominative by {@link SlavicCases#nominatives} (tagging, the style
 * checker) and must meet the nominative in {@link SlavicCases#searchForms} (search); and no case form of a masculine
 * adjective-type name may meet a case form of its feminine (Зеленського and Зеленської stay apart in search too).
 *
 * <p>The file gives no language per name: Ukrainian is a Ukrainian town's name with і, ї, є or ґ; Belarusian a
 * Belarusian town's with і or ў and without и, щ, ъ; Russian a Russian
 * town's name without them, less the Belarusian and Yakut adjective spellings among them (Троицкай, Лиэнскэй: Russian
 * writes -ский, -ская), which the Russian rules would decline wrongly. A few names the Russian rules cannot decline
 * (Антреа) are left to the bound. Search does not read a Russian masculine -ой from its other forms (Трубецкого is
 * not Трубецкой there, because Трубецкой is also the feminine's oblique form: {@link SlavicCases#searchForms}); those
 * names are checked for tagging only.
 */
class SlavicCasesRoundTripTest {

    private static final Pattern ONE_WORD = Pattern.compile("[А-ЯЁІЇЄҐ][а-яёіїєґ]+");
    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile(".*[іїєґ].*");
    private static final Pattern NOT_RUSSIAN = Pattern.compile(".*(?:[сц]к[аэе]й|э.*)");
    private static final Pattern STRESSED_ADJECTIVE = Pattern.compile(".*ой");
    /** Belarusian: a Belarusian town's name with і or ў and none of и щ ъ. */
    private static final Pattern BELARUSIAN = Pattern.compile("[^ищъїєґ]*[іў][^ищъїєґ]*");
    private static final Map<String, List<String>> NAMES = Map.of("uk", new ArrayList<>(), "ru", new ArrayList<>(),
            "be", new ArrayList<>());

    @BeforeAll
    static void readTheGazetteer() {
        Set<String> seen = new HashSet<>();
        for (Gazetteer.Town town : Gazetteer.read()) {
            for (String name : town.names()) {
                if (!ONE_WORD.matcher(name).matches() || !seen.add(name)) {
                    continue;
                }
                boolean ukrainian = UKRAINIAN_LETTERS.matcher(name).matches();
                if (town.country().equals("BY")) {
                    if (BELARUSIAN.matcher(name.toLowerCase(java.util.Locale.ROOT)).matches()) {
                        NAMES.get("be").add(name);
                    }
                } else if (ukrainian && town.country().equals("UA")) {
                    NAMES.get("uk").add(name);
                } else if (!ukrainian && town.country().equals("RU") && !NOT_RUSSIAN.matcher(name).matches()) {
                    NAMES.get("ru").add(name);
                }
            }
        }
    }

    @Test
    void everyUkrainianFormIsReadBack() {
        Tally tally = readBack("uk");
        assertThat(tally.forms).as("forms made").isGreaterThan(1_000);
        assertThat(tally.misses).isEmpty();
    }

    @Test
    void everyBelarusianFormIsReadBack() {
        Tally tally = readBack("be");
        assertThat(tally.forms).as("forms made").isGreaterThan(80);
        assertThat(tally.misses).isEmpty();
    }

    @Test
    void russianFormsAreReadBack() {
        Tally tally = readBack("ru");
        assertThat(tally.forms).as("forms made").isGreaterThan(9_000);
        assertThat(tally.misses.size()).as("%s", tally.misses).isLessThanOrEqualTo(tally.forms / 1_000);
    }

    @Test
    void masculineAndFeminineAdjectiveNamesNeverMeetInSearch() {
        int pairs = 0;
        List<String> met = new ArrayList<>();
        for (String language : List.of("uk", "ru")) {
            String masculine = language.equals("uk") ? "ський" : "ский";
            String feminine = language.equals("uk") ? "ська" : "ская";
            for (String name : NAMES.get(language)) {
                if (!name.endsWith(masculine)) {
                    continue;
                }
                String woman = name.substring(0, name.length() - masculine.length()) + feminine;
                List<String> his = Declension.of(name, language, EntityType.PERSON, false).values().stream()
                        .flatMap(List::stream).toList();
                List<String> hers = Declension.of(woman, language, EntityType.PERSON, false).values().stream()
                        .flatMap(List::stream).toList();
                for (String a : his) {
                    for (String b : hers) {
                        pairs++;
                        Set<String> common = new HashSet<>(forms(a));
                        common.retainAll(forms(b));
                        if (!common.isEmpty()) {
                            met.add(a + " ~ " + b + " " + common);
                        }
                    }
                }
            }
        }
        assertThat(pairs).as("pairs compared").isGreaterThan(1_000);
        assertThat(met).isEmpty();
    }

    private static List<String> forms(String word) {
        return SlavicCases.searchForms(word.toLowerCase(java.util.Locale.ROOT), true);
    }

    private static Tally readBack(String language) {
        Tally tally = new Tally();
        for (String name : NAMES.get(language)) {
            for (Map.Entry<Declension.Case, List<String>> c : Declension.of(name, language, EntityType.PLACE, false).entrySet()) {
                for (String form : c.getValue()) {
                    if (form.equals(name)) {
                        continue;
                    }
                    tally.forms++;
                    Set<String> common = new HashSet<>(forms(form));
                    common.retainAll(forms(name));
                    boolean searched = !language.equals("ru") || !STRESSED_ADJECTIVE.matcher(name).matches();
                    if (!SlavicCases.nominatives(form).contains(name) || searched && common.isEmpty()) {
                        tally.misses.add(form + " → " + name);
                    }
                }
            }
        }
        return tally;
    }

    private static final class Tally {
        int forms;
        final List<String> misses = new ArrayList<>();
    }
}
