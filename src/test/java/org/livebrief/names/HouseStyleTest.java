package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HouseStyleTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            RFERL   | Володимир Зеленський  | Volodymyr Zelenskiy
            RFERL   | Запоріжжя             | Zaporizhzhya
            RFERL   | Миколаїв              | Mykolayiv
            RFERL   | Люботин               | Lyubotyn
            RFERL   | Київ                  | Kyiv
            RFERL   | Кам'янець-Подільський | Kamyanets-Podilskiy
            AP      | Володимир Зеленський  | Volodymyr Zelensky
            AP      | Запоріжжя             | Zaporizhzhia
            AP      | Миколаїв              | Mykolaiv
            AP      | Київ                  | Kyiv
            KMU2010 | Володимир Зеленський  | Volodymyr Zelenskyi
            KMU2010 | Люботин               | Liubotyn
            """)
    void ukrainianNames(HouseStyle style, String nativeName, String english) {
        assertThat(style.spell(nativeName, "uk")).contains(english);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Сергей Шойгу      | Sergei Shoigu
            Алексей Навальный | Aleksei Navalny
            Дмитрий Песков    | Dmitry Peskov
            Владимир Путин    | Vladimir Putin
            """)
    void russianNames(String nativeName, String english) {
        assertThat(HouseStyle.RFERL.spell(nativeName, "ru")).contains(english);
    }

    @Test
    void otherLanguagesNeedAnEditor() {
        assertThat(HouseStyle.AP.spell("Recep Tayyip Erdoğan", "tr")).isEmpty();
    }

    @Test
    void stylesParseCaseInsensitively() {
        assertThat(HouseStyle.parse(" AP ")).contains(HouseStyle.AP);
        assertThat(HouseStyle.parse("bbc")).isEmpty();
    }
}
