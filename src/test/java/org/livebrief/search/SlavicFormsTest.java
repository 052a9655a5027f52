package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search reads a case form and the nominative to a common form (so the query finds the entry), and keeps the
 * genders of adjective-type surnames apart; Ukrainian, Russian and Belarusian.
 */
class SlavicFormsTest {

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
            """)
    void aCaseFormMeetsItsNominative(String inflected, String nominative) {
        assertThat(common(inflected, nominative)).as("%s %s", SlavicForms.of(inflected), SlavicForms.of(nominative))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            зеленська | зеленський
            зеленської | зеленського
            светлагорскай | светлагорскі
            бяляцкая | бяляцкага
            """)
    void gendersStayApart(String feminine, String masculine) {
        assertThat(common(feminine, masculine)).isEmpty();
    }

    private static Set<String> common(String a, String b) {
        Set<String> forms = new HashSet<>(SlavicForms.of(a));
        forms.retainAll(List.copyOf(SlavicForms.of(b)));
        return forms;
    }
}
