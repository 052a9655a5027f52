package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which English spelling an entity gets in each house style (the data of a card, no database). */
class NameCardTest {

    /** An entity registered as a newsroom does: names by language ("uk:Київ"), at most one of them English. */
    static NameCard card(EntityType type, String... names) {
        return new NameCard(1, type, Arrays.stream(names).map(n -> n.split(":", 2))
                .map(n -> NameSpelling.name(n[0], n[1])).toList(), List.of());
    }

    static Map<String, String> everyStyle(NameCard card, HouseStyle defaultStyle) {
        Map<String, String> spellings = new LinkedHashMap<>();
        HouseStyle.shipped().forEach(style -> spellings.put(style.json(), card.preferred("en", style, defaultStyle)));
        return spellings;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow             | uk:Москва                 | ru:Москва
            Sea of Azov        | uk:Азовське море          | ru:Азовское море
            Black Sea          | uk:Чорне море             | ru:Черное море
            Crimea             | uk:Крим                   | ru:Крым
            Kremlin            | uk:Кремль                 | ru:Кремль
            Washington         | uk:Вашингтон              | ru:Вашингтон
            Ukraine            | uk:Україна                | ru:Украина
            Recep Tayyip Erdogan | tr:Recep Tayyip Erdoğan | uk:Реджеп Тайїп Ердоган
            Chechnya           | uk:Чечня                  | ru:Чечня
            Tbilisi            | uk:Тбілісі                | ru:Тбилиси
            """)
    void conventionalEnglishNamesAreTheEnglishNameInEveryStyle(String english, String first, String second) {
        NameCard card = card(EntityType.PLACE, first, second, "en:" + english);
        for (HouseStyle defaultStyle : HouseStyle.shipped()) {
            assertThat(everyStyle(card, defaultStyle).values()).as("default " + defaultStyle).containsOnly(english);
        }
    }

    @Test
    void washingtonRegisteredInUkrainianAloneIsStillEnglish() {
        // Its skeleton is the one of Vashynhton; only a romanization by a known system would be re-spelled.
        assertThat(everyStyle(card(EntityType.PLACE, "uk:Вашингтон", "en:Washington"), HouseStyle.RFERL).values())
                .containsOnly("Washington");
    }

    @Test
    void aRomanizationIsSpelledFromItsOwnLanguageInEachStyle() {
        NameCard zelensky = card(EntityType.PERSON, "uk:Володимир Зеленський", "ru:Владимир Зеленский",
                "en:Volodymyr Zelenskiy");
        assertThat(everyStyle(zelensky, HouseStyle.RFERL)).containsExactly(
                Map.entry("rferl", "Volodymyr Zelenskiy"), Map.entry("ap", "Volodymyr Zelenskyy"),
                Map.entry("reuters", "Volodymyr Zelenskiy"), Map.entry("nyt", "Volodymyr Zelensky"),
                Map.entry("cnn", "Volodymyr Zelensky"), Map.entry("kmu2010", "Volodymyr Zelenskyi"));
        // Russian people and places are spelled from Russian, whatever their Ukrainian names would give.
        assertThat(everyStyle(card(EntityType.PERSON, "uk:Володимир Путін", "ru:Владимир Путин", "en:Vladimir Putin"),
                HouseStyle.RFERL).values()).containsOnly("Vladimir Putin");
        assertThat(everyStyle(card(EntityType.PLACE, "uk:Грозний", "ru:Грозный", "en:Grozny"), HouseStyle.RFERL).values())
                .containsOnly("Grozny");
    }

    @Test
    void anEnglishNameInNoStylesSpellingIsStillARomanization() {
        NameCard navalny = card(EntityType.PERSON, "ru:Алексей Навальный", "uk:Олексій Навальний", "en:Aleksey Navalny");
        Map<String, String> spellings = everyStyle(navalny, HouseStyle.RFERL);
        assertThat(spellings).containsEntry("rferl", "Aleksey Navalny").containsEntry("ap", "Alexei Navalny")
                .containsEntry("cnn", "Alexey Navalny").containsEntry("nyt", "Aleksei Navalny");
    }

    @Test
    void anEditorsSpellingForAStyleWinsOverTheStylesData() {
        List<NameSpelling> spellings = new ArrayList<>(card(EntityType.PERSON, "uk:Володимир Зеленський",
                "en:Volodymyr Zelenskiy").spellings());
        spellings.add(new NameSpelling("Volodymyr Zelensky", "en", HouseStyle.AP, NameKind.VARIANT,
                NameStatus.PREFERRED, null, null));
        NameCard card = new NameCard(1, EntityType.PERSON, spellings, List.of());
        assertThat(card.preferred("en", HouseStyle.AP, HouseStyle.RFERL)).isEqualTo("Volodymyr Zelensky");
        assertThat(card.preferred("en", HouseStyle.AP, HouseStyle.AP)).isEqualTo("Volodymyr Zelensky");
        assertThat(card.preferred("en", HouseStyle.of("cnn"), HouseStyle.RFERL)).isEqualTo("Volodymyr Zelensky");
        assertThat(card.preferred("en", HouseStyle.KMU2010, HouseStyle.RFERL)).isEqualTo("Volodymyr Zelenskyi");
    }

    @Test
    void theDefaultStyleTakesTheRegisteredNameAndWithoutOneEachStyleMakesItsOwn() {
        NameCard registered = card(EntityType.PLACE, "uk:Запоріжжя", "ru:Запорожье", "en:Zaporizhzhya");
        assertThat(registered.preferred("en", HouseStyle.AP, HouseStyle.AP)).isEqualTo("Zaporizhzhya");
        assertThat(registered.preferred("en", HouseStyle.AP, HouseStyle.RFERL)).isEqualTo("Zaporizhzhia");
        NameCard nativeOnly = card(EntityType.PLACE, "uk:Миколаїв", "ru:Николаев");
        assertThat(everyStyle(nativeOnly, HouseStyle.RFERL)).containsEntry("rferl", "Mykolayiv")
                .containsEntry("ap", "Mykolaiv");
    }

    @Test
    void originNeedsEveryWordAndExactlyOneLanguage() {
        Map<String, String> zelensky = Map.of("uk", "Володимир Зеленський", "ru", "Владимир Зеленский");
        assertThat(EnglishOrigin.language("Volodymyr Zelenskyy", zelensky)).contains("uk");
        assertThat(EnglishOrigin.language("Vladimir Zelensky", zelensky)).contains("ru");
        assertThat(EnglishOrigin.language("Vladimir Zelenskyy", zelensky)).isEmpty();
        assertThat(EnglishOrigin.language("Zelensʹkyĭ", Map.of("uk", "Зеленський"))).contains("uk");
        assertThat(EnglishOrigin.language("President Zelenskiy", Map.of("uk", "Зеленський"))).isEmpty();
        assertThat(EnglishOrigin.language("Chechnya", Map.of("uk", "Чечня", "ru", "Чечня"))).isEmpty();
        assertThat(EnglishOrigin.language("Chechnya", Map.of("ru", "Чечня"))).contains("ru");
    }
}
