package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaggerTest {

    static final long ZELENSKIY = 1;
    static final long KYIV = 2;
    static final long KHARKIV = 3;
    static final long KHERSON = 4;
    static final long MYKOLAYIV = 5;
    static final long ZAPORIZHZHYA = 6;
    static final long MOSCOW = 7;
    static final long ZELENSKA = 8;
    static final long MYKOLAIVKA = 9;

    static final List<NameCard> CARDS = List.of(
            StyleCheckerTest.card(ZELENSKIY, EntityType.PERSON, List.of(), "uk:Володимир Зеленський", "en:Volodymyr Zelenskiy"),
            StyleCheckerTest.card(KYIV, EntityType.PLACE, List.of("chicken Kiev"), "uk:Київ", "ru:Киев", "en:Kyiv"),
            StyleCheckerTest.card(KHARKIV, EntityType.PLACE, List.of(), "uk:Харків", "en:Kharkiv"),
            StyleCheckerTest.card(KHERSON, EntityType.PLACE, List.of(), "uk:Херсон", "en:Kherson"),
            StyleCheckerTest.card(MYKOLAYIV, EntityType.PLACE, List.of(), "uk:Миколаїв", "en:Mykolayiv"),
            StyleCheckerTest.card(ZAPORIZHZHYA, EntityType.PLACE, List.of(), "uk:Запоріжжя", "en:Zaporizhzhya"),
            StyleCheckerTest.card(MOSCOW, EntityType.PLACE, List.of(), "ru:Москва", "en:Moscow"));

    static Tagger tagger(List<NameCard> cards) {
        return new Tagger(new NameDirectory.Snapshot(NameIndex.of(cards.stream().map(NameCard::indexEntry).toList()),
                cards.stream().collect(Collectors.toMap(NameCard::id, Function.identity()))));
    }

    static final Tagger TAGGER = tagger(CARDS);

    List<Tagger.Mention> tag(String text) {
        List<Tagger.Mention> mentions = TAGGER.mentions(text);
        for (Tagger.Mention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        return mentions;
    }

    @Test
    void ukrainianCasesOfPeopleAndPlaces() {
        String text = "😀 Зеленського зустріли в Києві; Зеленському дякували в Харкові, Миколаєві та Запоріжжі.";
        assertThat(tag(text)).extracting(Tagger.Mention::text, Tagger.Mention::entityId).containsExactly(
                tuple("Зеленського", ZELENSKIY), tuple("Києві", KYIV), tuple("Зеленському", ZELENSKIY),
                tuple("Харкові", KHARKIV), tuple("Миколаєві", MYKOLAYIV), tuple("Запоріжжі", ZAPORIZHZHYA));
        assertThat(tag(text).get(0).start()).isEqualTo(3);
    }

    @Test
    void fullNamesInACaseAreOneMention() {
        assertThat(tag("Заява Володимира Зеленського з Києва.")).extracting(Tagger.Mention::text, Tagger.Mention::entityId)
                .containsExactly(tuple("Володимира Зеленського", ZELENSKIY), tuple("Києва", KYIV));
        assertThat(tag("Разом із Зеленським.")).extracting(Tagger.Mention::entityId).containsExactly(ZELENSKIY);
    }

    @Test
    void russianCases() {
        assertThat(tag("Из Москвы в Москве говорили о Зеленском и Зеленского."))
                .extracting(Tagger.Mention::text, Tagger.Mention::entityId).containsExactly(
                        tuple("Москвы", MOSCOW), tuple("Москве", MOSCOW), tuple("Зеленском", ZELENSKIY),
                        tuple("Зеленского", ZELENSKIY));
    }

    @Test
    void englishSpellingsAndPossessives() {
        assertThat(tag("Zelensky's convoy left Kiev for Kharkov.")).extracting(Tagger.Mention::text, Tagger.Mention::entityId)
                .containsExactly(tuple("Zelensky", ZELENSKIY), tuple("Kiev", KYIV), tuple("Kharkov", KHARKIV));
    }

    @Test
    void relativesAndNeighboursAreNotMerged() {
        assertThat(tag("Олена Зеленська, Олени Зеленської, Зеленській, Зеленську. Olena Zelenska spoke.")).isEmpty();
        assertThat(tag("У Харкові, не в Херсоні.")).extracting(Tagger.Mention::entityId).containsExactly(KHARKIV, KHERSON);
        assertThat(tag("Миколаївка і Mykolaivka")).isEmpty();
    }

    @Test
    void aRegisteredRelativeIsTaggedAsHerself() {
        Tagger both = tagger(java.util.stream.Stream.concat(CARDS.stream(), java.util.stream.Stream.of(
                StyleCheckerTest.card(ZELENSKA, EntityType.PERSON, List.of(), "uk:Олена Зеленська", "en:Olena Zelenska"),
                StyleCheckerTest.card(MYKOLAIVKA, EntityType.PLACE, List.of(), "uk:Миколаївка", "en:Mykolaivka")))
                .toList());
        assertThat(both.mentions("Олени Зеленської і Зеленського; Миколаївці та Миколаєві."))
                .extracting(Tagger.Mention::text, Tagger.Mention::entityId).containsExactly(
                        tuple("Олени Зеленської", ZELENSKA), tuple("Зеленського", ZELENSKIY),
                        tuple("Миколаївці", MYKOLAIVKA), tuple("Миколаєві", MYKOLAYIV));
    }

    @Test
    void commonWordsAndExceptionPhrasesAreNoMentions() {
        assertThat(tag("київський торт і chicken Kiev, zelensky in lower case")).isEmpty();
    }

    @Test
    void plainTextIsTheTextReadersSee() {
        assertThat(Tagger.plainText("<p>Shelling near <em>Kyiv</em>.</p>\n<p>Second   paragraph</p>"))
                .isEqualTo("Shelling near Kyiv. Second paragraph");
    }
}
