package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Case forms of another language's spelling, with names that are in no starter or sample data. */
class StyleCheckerCaseFormsTest {

    static final long CHERNIHIV = 10;
    static final long VINNYTSIA = 11;
    static final long BERDIANSK = 12;
    static final long VYSHNEVSKYI = 13;
    static final long VYSHNEVSKA = 14;
    static final long NIKOPOL = 15;
    static final long KREMENCHUK = 16;
    static final long TKACHENKO = 17;
    static final long BERDYCHIV = 18;
    static final long POLTAVA = 19;
    static final long SAVCHUK = 20;

    static final NameDirectory.Snapshot NAMES = StyleCheckerTest.snapshot(List.of(
            StyleCheckerTest.card(CHERNIHIV, EntityType.PLACE, List.of(), "uk:Чернігів", "ru:Чернигов", "en:Chernihiv"),
            StyleCheckerTest.card(VINNYTSIA, EntityType.PLACE, List.of(), "uk:Вінниця", "ru:Винница"),
            StyleCheckerTest.card(BERDIANSK, EntityType.PLACE, List.of(), "uk:Бердянськ", "ru:Бердянск"),
            StyleCheckerTest.card(VYSHNEVSKYI, EntityType.PERSON, List.of(), "uk:Марко Вишневський", "ru:Марк Вишневский"),
            StyleCheckerTest.card(VYSHNEVSKA, EntityType.PERSON, List.of(), "uk:Оксана Вишневська", "ru:Оксана Вишневская"),
            StyleCheckerTest.card(NIKOPOL, EntityType.PLACE, List.of(), "uk:Нікополь", "ru:Никополь"),
            StyleCheckerTest.card(KREMENCHUK, EntityType.PLACE, List.of(), "uk:Кременчук", "ru:Кременчуг"),
            StyleCheckerTest.card(TKACHENKO, EntityType.PERSON, List.of(), "uk:Андрій Ткаченко", "ru:Андрей Ткаченко"),
            StyleCheckerTest.card(BERDYCHIV, EntityType.PLACE, List.of(), "uk:Бердичів", "ru:Бердичев"),
            StyleCheckerTest.card(POLTAVA, EntityType.PLACE, List.of(), "uk:Полтава", "ru:Полтава"),
            StyleCheckerTest.card(SAVCHUK, EntityType.PERSON, List.of(), "uk:Олексій Савчук", "ru:Алексей Савчук")));

    static List<StyleChecker.Finding> check(String text, String language) {
        return StyleCheckerTest.checkIn(NAMES, text, language);
    }

    @Test
    void russianFormsInUkrainianTextGetTheUkrainianFormInTheSameCase() {
        String text = "Колона вийшла з Чернигова, пройшла через Никополь і до вечора була в Бердянске. "
                + "Про Вишневского писали у Виннице, з Андреем Ткаченко говорили по телефону.";
        assertThat(check(text, "uk")).extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred,
                StyleChecker.Finding::cases, StyleChecker.Finding::entityId).containsExactly(
                tuple("Чернигова", "Чернігова", List.of("genitive"), CHERNIHIV),
                tuple("Никополь", "Нікополь", List.of(), NIKOPOL),
                tuple("Бердянске", "Бердянську", List.of("locative"), BERDIANSK),
                tuple("Вишневского", "Вишневського", List.of("genitive", "accusative"), VYSHNEVSKYI),
                tuple("Виннице", "Вінниці", List.of("dative", "locative"), VINNYTSIA),
                tuple("Андреем Ткаченко", "Андрієм Ткаченко", List.of("instrumental"), TKACHENKO));
    }

    @Test
    void ukrainianFormsInRussianText() {
        assertThat(check("Из Чернігова через Бердичеві за Вінницею, к Андрію Ткаченку.", "ru"))
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred).containsExactly(
                        tuple("Чернігова", "Чернигова"), tuple("Бердичеві", "Бердичеве"), tuple("Вінницею", "Винницей"),
                        tuple("Андрію Ткаченку", "Андрею Ткаченко"));
        // Ukrainian Вінниці is genitive, dative or locative; Russian has Винницы for one and Виннице for the others.
        assertThat(check("Из Вінниці.", "ru")).singleElement()
                .extracting(StyleChecker.Finding::preferred, StyleChecker.Finding::nominativeOnly)
                .containsExactly("Винница", true);
    }

    @Test
    void feminineFormsStayFeminine() {
        assertThat(check("Разом з Оксаной Вишневской виступив Вишневский.", "uk"))
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred, StyleChecker.Finding::entityId)
                .containsExactly(tuple("Оксаной Вишневской", "Оксаною Вишневською", VYSHNEVSKA),
                        tuple("Вишневский", "Вишневський", VYSHNEVSKYI));
    }

    @Test
    void whenTheCaseIsUnclearTheNominativeIsAHintNotAFix() {
        // Вишневской alone is genitive, dative, instrumental or locative: four Ukrainian forms.
        assertThat(check("Слово Вишневской.", "uk")).singleElement()
                .extracting(StyleChecker.Finding::preferred, StyleChecker.Finding::nominativeOnly, StyleChecker.Finding::cases)
                .containsExactly("Вишневська", true, List.of());
        // Кременчуці or Кременчуку: the rules do not say which.
        assertThat(check("Завод у Кременчуге.", "uk")).singleElement()
                .extracting(StyleChecker.Finding::preferred, StyleChecker.Finding::nominativeOnly)
                .containsExactly("Кременчук", true);
    }

    @Test
    void rightFormsInEitherLanguageAreLeftAlone() {
        assertThat(check("У Чернігові, Вінниці, Бердянську, Нікополі, Кременчуці, Бердичеві й Полтаві; Чернігова, "
                + "Вінницею, Бердянська; Марка Вишневського, Вишневському, Оксани Вишневської, Вишневській, "
                + "Андрієві Ткаченку, Савчука, Олексієм Савчуком.", "uk")).isEmpty();
        assertThat(check("В Чернигове, Виннице, Бердянске, Никополе, Полтаве; Марка Вишневского, Оксаной "
                + "Вишневской, Андреем Ткаченко, Алексея Савчука.", "ru")).isEmpty();
    }

    @Test
    void englishTextGetsTheEnglishName() {
        assertThat(check("He left Чернигова at dawn.", "en")).singleElement()
                .extracting(StyleChecker.Finding::preferred, StyleChecker.Finding::nominativeOnly)
                .containsExactly("Chernihiv", false);
    }

    @Test
    void aLanguageWithoutItsOwnNameForTheEntityGetsNoCaseFinding() {
        assertThat(check("Lecieli z Чернигова.", "pl")).isEmpty();
    }
}
