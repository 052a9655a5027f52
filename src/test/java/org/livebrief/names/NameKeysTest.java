package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Зеленський   | Zelenskiy
            Зеленский    | Zelensky
            Zelenskyy    | Zelenskyi
            Zelensʹkyĭ   | Zelenskyj
            Запоріжжя    | Zaporizhzhia
            Zaporizhzhya | Zaporizhia
            Запорожье    | Zaporozhye
            Миколаїв     | Mykolayiv
            Mykolaïv     | Mykolaiv
            Николаев     | Nikolayev
            Люботин      | Liubotyn
            Харків       | Kharkiv
            Гуляйполе    | Huliaipole
            Odessa       | Odesa
            Kyyiv        | Kyiv
            Верещук      | Vereshchuk
            Кислиця      | Kyslytsia
            Згорани      | Zghorany
            """)
    void spellingsOfOneNameShareTheEnglishKey(String one, String other) {
        assertThat(NameKeys.skeleton(one)).isEqualTo(NameKeys.skeleton(other));
    }

    @ParameterizedTest(name = "{0} reads as {1} under some convention")
    @CsvSource(delimiter = '|', textBlock = """
            Selenskyj      | Zelensky
            Wereschtschuk  | Vereshchuk
            Bojczenko      | Boychenko
            Charkiw        | Kharkiv
            Choïgou        | Shoigu
            Saporischschja | Zaporizhzhia
            Jytomyr        | Zhytomyr
            Luzk           | Lutsk
            """)
    void foreignConventionsAreReadings(String foreign, String english) {
        List<String> readings = NameKeys.keys(foreign).stream().map(NameKeys.Key::skeleton).toList();
        assertThat(readings).contains(NameKeys.skeleton(english));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zelenskiy | Zelenska
            Kharkiv   | Kherson
            Mykolaiv  | Mykolaivka
            Navalny   | Navalnaya
            Zhdanov   | Zaporizhzhia
            """)
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(NameKeys.skeleton(one)).isNotEqualTo(NameKeys.skeleton(other));
        assertThat(Similarity.distance(NameKeys.skeleton(one), NameKeys.skeleton(other)))
                .isEqualTo(Similarity.NO_MATCH);
    }

    @Test
    void fuzzyDistanceGrowsWithLength() {
        assertThat(Similarity.distance("ternopol", "tarnopol")).isEqualTo(0.6);
        assertThat(Similarity.distance("lvov", "lviv")).isEqualTo(Similarity.NO_MATCH);
        assertThat(Similarity.distance("stambul", "istanbul")).isEqualTo(1.0);
    }

    @Test
    void wordsKeepOffsetsApostrophesAndDropPossessives() {
        List<Words.Word> words = Words.of("Kyiv's Кам'янець-Подільський, Зеленський.");
        assertThat(words).extracting(Words.Word::text)
                .containsExactly("Kyiv", "Кам'янець", "Подільський", "Зеленський");
        assertThat(words.get(3).start()).isEqualTo(30);
        assertThat(words.get(3).end()).isEqualTo(40);
    }
}
