package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search reads a case form and the nominative to a common form (so the query finds the entry), two case forms of one
 * word too, and keeps the genders of adjective-type surnames apart; Ukrainian, Russian and Belarusian.
 * {@link SlavicCasesRoundTripTest} does the same on every town name of the gazetteer.
 */
class SlavicCasesSearchTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            зеленського | зеленський
            зеленської | зеленська
            києві | київ
            харкові | харків
            москвы | москва
            бяляцкага | бяляцкі
            бяляцкаму | бяляцкі
            бяляцкім | бяляцкі
            светлагорскай | светлагорская
            светлагорскаю | светлагорская
            салігорскам | салігорск
            салігорску | салігорск
            бабарыкам | бабарыка
            бабарыкі | бабарыка
            барысаве | барысаў
            маладзечне | маладзечна
            заречном | заречный
            видным | видное
            ставрополе | ставрополь
            аксае | аксай
            борисполя | бориспіль
            андрії | андрій
            львов | львів
            києва | києві
            заречного | заречному
            """)
    void aCaseFormMeetsItsNominative(String inflected, String nominative) {
        assertThat(common(inflected, nominative))
                .as("%s %s", SlavicCases.searchForms(inflected, false), SlavicCases.searchForms(nominative, false))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            зеленська | зеленський
            зеленської | зеленського
            светлагорскай | светлагорскі
            бяляцкая | бяляцкага
            зеленской | зеленского
            зеленській | зеленського
            зеленська | зеленським
            зеленську | зеленським
            """)
    void gendersStayApart(String feminine, String masculine) {
        assertThat(common(feminine, masculine)).isEmpty();
    }

    private static Set<String> common(String a, String b) {
        Set<String> forms = new HashSet<>(SlavicCases.searchForms(a, false));
        forms.retainAll(List.copyOf(SlavicCases.searchForms(b, false)));
        return forms;
    }
}
