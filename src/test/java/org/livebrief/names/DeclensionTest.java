package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclensionTest {

    @ParameterizedTest(name = "{1} {0} ({2}) in the {3} is {4}")
    @CsvSource({
            // Ukrainian masculine places: the vowel of the closed syllable comes back, -ськ takes -у in the locative
            "Чернігів, uk, PLACE, LOCATIVE, Чернігові", "Чернігів, uk, PLACE, GENITIVE, Чернігова",
            "Бердичів, uk, PLACE, LOCATIVE, Бердичеві", "Житомир, uk, PLACE, INSTRUMENTAL, Житомиром",
            "Ужгород, uk, PLACE, LOCATIVE, Ужгороді", "Бердянськ, uk, PLACE, LOCATIVE, Бердянську",
            "Бердянськ, uk, PLACE, ACCUSATIVE, Бердянськ", "Нікополь, uk, PLACE, GENITIVE, Нікополя",
            "Тернопіль, uk, PLACE, LOCATIVE, Тернополі", "Конотоп, uk, PLACE, DATIVE, Конотопу",
            // Ukrainian feminine and neuter
            "Полтава, uk, PLACE, LOCATIVE, Полтаві", "Полтава, uk, PLACE, GENITIVE, Полтави",
            "Вінниця, uk, PLACE, GENITIVE, Вінниці", "Вінниця, uk, PLACE, INSTRUMENTAL, Вінницею",
            "Шостка, uk, PLACE, LOCATIVE, Шостці", "Подолля, uk, PLACE, LOCATIVE, Подоллі",
            "Прикарпаття, uk, PLACE, DATIVE, Прикарпаттю", "Дніпро, uk, PLACE, LOCATIVE, Дніпрі",
            "Рівне, uk, PLACE, LOCATIVE, Рівному",
            // Ukrainian people
            "Вишневський, uk, PERSON, GENITIVE, Вишневського", "Вишневський, uk, PERSON, LOCATIVE, Вишневському",
            "Вишневська, uk, PERSON, DATIVE, Вишневській", "Вишневська, uk, PERSON, ACCUSATIVE, Вишневську",
            "Ткаченко, uk, PERSON, GENITIVE, Ткаченка", "Ткаченко, uk, PERSON, DATIVE, Ткаченкові",
            "Савчук, uk, PERSON, ACCUSATIVE, Савчука", "Андрій, uk, PERSON, GENITIVE, Андрія",
            "Оксана, uk, PERSON, INSTRUMENTAL, Оксаною",
            // Russian
            "Чернигов, ru, PLACE, LOCATIVE, Чернигове", "Бердянск, ru, PLACE, GENITIVE, Бердянска",
            "Винница, ru, PLACE, INSTRUMENTAL, Винницей", "Полтава, ru, PLACE, GENITIVE, Полтавы",
            "Прикарпатье, ru, PLACE, GENITIVE, Прикарпатья", "Никополь, ru, PLACE, LOCATIVE, Никополе",
            "Вишневский, ru, PERSON, LOCATIVE, Вишневском", "Вишневская, ru, PERSON, ACCUSATIVE, Вишневскую",
            "Ткаченко, ru, PERSON, GENITIVE, Ткаченко", "Андрей, ru, PERSON, DATIVE, Андрею",
            "Алексей, ru, PERSON, INSTRUMENTAL, Алексеем", "Дмитрий, ru, PERSON, GENITIVE, Дмитрия",
            "Керчь, ru, PLACE, LOCATIVE, Керчи", "ЧЕРНИГОВ, ru, PLACE, LOCATIVE, ЧЕРНИГОВЕ",
            // Belarusian: velar stems take -у in the locative, т д к г х change before -е, ў is в before an ending
            "Мінск, be, PLACE, LOCATIVE, Мінску", "Мінск, be, PLACE, GENITIVE, Мінска",
            "Мінск, be, PLACE, INSTRUMENTAL, Мінскам", "Брэст, be, PLACE, LOCATIVE, Брэсце",
            "Кобрын, be, PLACE, LOCATIVE, Кобрыне", "Мазыр, be, PLACE, LOCATIVE, Мазыры",
            "Барысаў, be, PLACE, LOCATIVE, Барысаве", "Магілёў, be, PLACE, GENITIVE, Магілёва",
            "Гомель, be, PLACE, LOCATIVE, Гомелі", "Гомель, be, PLACE, INSTRUMENTAL, Гомелем",
            "Ліда, be, PLACE, LOCATIVE, Лідзе", "Ліда, be, PLACE, GENITIVE, Ліды", "Орша, be, PLACE, LOCATIVE, Оршы",
            "Вілейка, be, PLACE, LOCATIVE, Вілейцы", "Вілейка, be, PLACE, GENITIVE, Вілейкі",
            "Орша, be, PLACE, INSTRUMENTAL, Оршай",
            "Бяляцкі, be, PERSON, GENITIVE, Бяляцкага", "Бяляцкі, be, PERSON, INSTRUMENTAL, Бяляцкім",
            "Ціханоўская, be, PERSON, GENITIVE, Ціханоўскай", "Ціханоўская, be, PERSON, ACCUSATIVE, Ціханоўскую",
            "Лукашэнка, be, PERSON, GENITIVE, Лукашэнкі", "Лукашэнка, be, PERSON, ACCUSATIVE, Лукашэнку",
            "Пазняк, be, PERSON, DATIVE, Пазняку"})
    void declinesByRule(String nominative, String language, EntityType type, Declension.Case c, String form) {
        assertThat(Declension.of(nominative, language, type, false).get(c)).first().isEqualTo(form);
    }

    @ParameterizedTest(name = "{1} {0}: no {2} guessed")
    @CsvSource({"Ірпінь, uk, LOCATIVE", "Берлін, uk, GENITIVE", "Кременчук, uk, LOCATIVE", "Умань, uk, GENITIVE",
            "Кременець, uk, GENITIVE", "Керч, uk, GENITIVE", "Черкаси, uk, GENITIVE", "Умань, ru, GENITIVE",
            "Иваново, ru, LOCATIVE", "Кременец, ru, GENITIVE", "Гродна, be, GENITIVE", "Маладзечна, be, LOCATIVE",
            "Лунінец, be, GENITIVE"})
    void leavesOpenWhatTheRulesCannotTell(String nominative, String language, Declension.Case c) {
        assertThat(Declension.of(nominative, language, EntityType.PLACE, false)).doesNotContainKey(c);
    }

    @Test
    void aBelarusianPersonsFormsThatTheStressOrTheGenderWouldDecideAreLeftOpen() {
        // Пазняк, Пазняком (the stress moves) but Шушкевіч, Шушкевічам; a man's Лукашэнку and a woman's Ганне.
        assertThat(Declension.of("Пазняк", "be", EntityType.PERSON, false)).doesNotContainKeys(
                Declension.Case.INSTRUMENTAL, Declension.Case.LOCATIVE);
        assertThat(Declension.of("Ганна", "be", EntityType.PERSON, false)).doesNotContainKeys(
                Declension.Case.DATIVE, Declension.Case.INSTRUMENTAL, Declension.Case.LOCATIVE);
    }

    @Test
    void aPersonsAccusativeIsTheGenitiveAPlacesTheNominative() {
        assertThat(Declension.of("Чернигов", "ru", EntityType.PLACE, false).get(Declension.Case.ACCUSATIVE))
                .isEqualTo(List.of("Чернигов"));
        assertThat(Declension.of("Савчук", "ru", EntityType.PERSON, false).get(Declension.Case.ACCUSATIVE))
                .isEqualTo(List.of("Савчука"));
    }

    @Test
    void anAdjectiveBeforeTheNounOfAPlaceDeclinesAsOne() {
        assertThat(Declension.of("Біла", "uk", EntityType.PLACE, true).get(Declension.Case.GENITIVE)).containsExactly("Білої");
        assertThat(Declension.of("Біла", "uk", EntityType.PLACE, false).get(Declension.Case.GENITIVE)).containsExactly("Біли");
        assertThat(Declension.of("Нижній", "uk", EntityType.PLACE, true).get(Declension.Case.LOCATIVE)).containsExactly("Нижньому");
        assertThat(Declension.of("Нижний", "ru", EntityType.PLACE, true).get(Declension.Case.GENITIVE)).containsExactly("Нижнего");
    }

    @Test
    void otherLanguagesAndScriptsHaveTheNominativeOnly() {
        assertThat(Declension.of("Chernihiv", "uk", EntityType.PLACE, false)).containsOnlyKeys(Declension.Case.NOMINATIVE);
        assertThat(Declension.of("Чернігів", "pl", EntityType.PLACE, false)).containsOnlyKeys(Declension.Case.NOMINATIVE);
    }
}
