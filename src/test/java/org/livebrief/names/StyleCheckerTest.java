package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StyleCheckerTest {

    static final List<NameCard> CARDS = List.of(
            card(1, EntityType.PERSON, List.of(), "uk:Володимир Зеленський", "ru:Владимир Зеленский",
                    "en:Volodymyr Zelenskiy"),
            card(2, EntityType.PLACE, List.of("chicken Kiev", "Dynamo Kyiv"), "uk:Київ", "ru:Киев", "en:Kyiv"),
            card(3, EntityType.PLACE, List.of(), "uk:Одеса", "ru:Одесса", "en:Odesa"),
            card(4, EntityType.PLACE, List.of(), "uk:Азовське море", "ru:Азовское море", "en:Sea of Azov"),
            card(5, EntityType.PLACE, List.of(), "uk:Запоріжжя", "ru:Запорожье", "en:Zaporizhzhya"));

    static NameCard card(long id, EntityType type, List<String> contexts, String... names) {
        return new NameCard(id, type, java.util.Arrays.stream(names).map(n -> n.split(":", 2))
                .map(n -> NameSpelling.name(n[0], n[1])).toList(), contexts);
    }

    static final NameDirectory.Snapshot SNAPSHOT = new NameDirectory.Snapshot(
            NameIndex.of(CARDS.stream().map(NameCard::indexEntry).toList()),
            CARDS.stream().collect(Collectors.toMap(NameCard::id, Function.identity())));

    List<StyleChecker.Finding> check(String text, HouseStyle style) {
        return checkIn(SNAPSHOT, text, "en", style);
    }

    static List<StyleChecker.Finding> checkIn(NameDirectory.Snapshot snapshot, String text, String language) {
        return checkIn(snapshot, text, language, HouseStyle.RFERL);
    }

    static List<StyleChecker.Finding> checkIn(NameDirectory.Snapshot snapshot, String text, String language,
                                              HouseStyle style) {
        List<StyleChecker.Finding> findings = new StyleChecker(snapshot, style, HouseStyle.RFERL).check(text, language);
        for (StyleChecker.Finding f : findings) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.found());
        }
        return findings;
    }

    static NameDirectory.Snapshot snapshot(List<NameCard> cards) {
        return new NameDirectory.Snapshot(NameIndex.of(cards.stream().map(NameCard::indexEntry).toList()),
                cards.stream().collect(Collectors.toMap(NameCard::id, Function.identity())));
    }

    @Test
    void russianCaseFormsInUkrainianTextAreFlaggedInTheirCase() {
        String text = "Вибухи в Киеве; евакуація із Запорожья, а в Києві та Запоріжжі тихо.";
        assertThat(checkIn(SNAPSHOT, text, "uk")).extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Киеве", "Києві"),
                        org.assertj.core.groups.Tuple.tuple("Запорожья", "Запоріжжя"));
    }

    @Test
    void russianCaseFormsOfTheProductsOwnNamesInUkrainianText() {
        String text = "Колона з Харькова, вибухи в Николаеве, заява Зеленского; у Харкові й Миколаєві тихо.";
        assertThat(checkIn(StyleCheckerHeldOutTest.NAMES, text, "uk"))
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred, StyleChecker.Finding::cases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Харькова", "Харкова", List.of("genitive")),
                        org.assertj.core.groups.Tuple.tuple("Николаеве", "Миколаєві", List.of("locative")),
                        org.assertj.core.groups.Tuple.tuple("Зеленского", "Зеленського", List.of("genitive", "accusative")));
    }

    @Test
    void findsVariantsWithUtf16OffsetsAndPreferredSpellings() {
        String text = "😀 Zelensky flew from Kiev to Zaporozhye.";
        List<StyleChecker.Finding> findings = check(text, HouseStyle.RFERL);
        assertThat(findings).extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Zelensky", "Zelenskiy"),
                        org.assertj.core.groups.Tuple.tuple("Kiev", "Kyiv"),
                        org.assertj.core.groups.Tuple.tuple("Zaporozhye", "Zaporizhzhya"));
        for (StyleChecker.Finding f : findings) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.found());
        }
        assertThat(findings.get(0).start()).isEqualTo(3);
    }

    @Test
    void fullNamesAndNamesInOtherScripts() {
        assertThat(check("Vladimir Zelensky and Зеленський spoke.", HouseStyle.RFERL))
                .extracting(StyleChecker.Finding::preferred, StyleChecker.Finding::entityId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Volodymyr Zelenskiy", 1L),
                        org.assertj.core.groups.Tuple.tuple("Zelenskiy", 1L));
    }

    @Test
    void anotherStyleWantsItsOwnSpelling() {
        assertThat(check("Zelenskiy visited Zaporizhzhya.", HouseStyle.AP))
                .extracting(StyleChecker.Finding::preferred).containsExactly("Zelenskyy", "Zaporizhzhia");
        assertThat(check("Zelenskiy visited Zaporizhzhya.", HouseStyle.of("nyt")))
                .extracting(StyleChecker.Finding::preferred).containsExactly("Zelensky", "Zaporizhzhia");
        assertThat(check("Zelenskiy visited Zaporizhzhya by the Sea of Azov.", HouseStyle.of("reuters")))
                .extracting(StyleChecker.Finding::preferred).containsExactly("Zaporizhzhia");
    }

    @Test
    void noFalseAlarms() {
        assertThat(check("Volodymyr Zelenskiy was in Kyiv, then by the Sea of Azov.", HouseStyle.RFERL)).isEmpty();
        assertThat(check("He ordered chicken Kiev and watched Dynamo Kyiv.", HouseStyle.RFERL)).isEmpty();
        assertThat(check("Odessa, Texas, was named after the port.", HouseStyle.RFERL)).isEmpty();
        assertThat(check("Olena Zelenska and Vitali Klitschko met the Black Sea fleet.", HouseStyle.RFERL)).isEmpty();
        assertThat(check("the kiev of it all, zelensky in lower case is not a name", HouseStyle.RFERL)).isEmpty();
    }

    @Test
    void aFuzzyMatchInsideALongerNameIsNoFinding() {
        assertThat(check("Troops crossed near Zaporozhe on foot.", HouseStyle.RFERL)).hasSize(1);
        assertThat(check("Fans of Zaporozhe Steel cheered.", HouseStyle.RFERL)).hasSize(1);
        assertThat(check("Fans of Zaporozhu Steel cheered.", HouseStyle.RFERL)).isEmpty();
    }

    @Test
    void aSpellingThatDiffersOnlyInLetterCaseFoldingIsStillAFinding() {
        NameDirectory.Snapshot istanbul = snapshot(List.of(card(9, EntityType.PLACE, List.of(), "tr:İstanbul", "en:Istanbul")));
        assertThat(checkIn(istanbul, "The deal was signed in İstanbul.", "en")).singleElement()
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred).containsExactly("İstanbul", "Istanbul");
    }

    @Test
    void wordOrderVariantsOfPlaces() {
        assertThat(check("Ships in the Azov Sea.", HouseStyle.RFERL)).singleElement()
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred)
                .containsExactly("Azov Sea", "Sea of Azov");
    }
}
