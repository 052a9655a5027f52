package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanizationTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            BGN_UK    | Запоріжжя  | Zaporizhzhya
            BGN_UK    | Миколаїв   | Mykolayiv
            BGN_UK    | Люботин    | Lyubotyn
            BGN_RU    | Николаев   | Nikolayev
            BGN_RU    | Запорожье  | Zaporozhʹye
            SCHOLARLY | Житомир    | Žitomir
            KMU2010   | Кам'янець-Подільський | Kamianets-Podilskyi
            """)
    void systems(Romanization system, String cyrillic, String latin) {
        assertThat(system.romanize(cyrillic)).isEqualTo(latin);
    }

    @Test
    void russianBgnDoesNotLeaveUkrainianLettersInCyrillic() {
        assertThat(Romanization.BGN_RU.romanize("Київ Ґорґани Єнакієве")).matches("[\\p{IsLatin}ʹ ]+");
    }

    @Test
    void kmuKeepsShortIApartFromI() {
        assertThat(Romanization.KMU2010.romanize("Стрий")).isEqualTo("Stryi");
        assertThat(Romanization.KMU2010.romanize("Стри")).isEqualTo("Stry");
    }

    @Test
    void textWithoutCyrillicIsUnchanged() {
        assertThat(Romanization.KMU2010.romanize("Kyiv's 'circus'")).isEqualTo("Kyiv's 'circus'");
    }
}
