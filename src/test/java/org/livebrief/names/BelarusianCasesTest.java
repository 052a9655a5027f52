package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Belarusian case forms read by the one set of case endings that tagging and the style checker use
 * ({@link SlavicCases}), on names in no data set: a man and a woman with adjective-type surnames, masculine
 * places in -ск and in -ў (whose stem alternates with в), a feminine place in -а, a neuter one in -а.
 */
class BelarusianCasesTest {

    static final long BIALIATSKI = 1;
    static final long BABARYKA = 2;
    static final long SALIHORSK = 3;
    static final long BARYSAU = 4;
    static final long MALADZIECHNA = 5;
    static final long SVETLAHORSKAYA = 6;

    static final List<NameCard> CARDS = List.of(
            StyleCheckerTest.card(BIALIATSKI, EntityType.PERSON, List.of(), "be:Алесь Бяляцкі", "en:Ales Bialiatski"),
            StyleCheckerTest.card(BABARYKA, EntityType.PERSON, List.of(), "be:Віктар Бабарыка", "en:Viktar Babaryka"),
            StyleCheckerTest.card(SALIHORSK, EntityType.PLACE, List.of(), "be:Салігорск", "en:Salihorsk"),
            StyleCheckerTest.card(BARYSAU, EntityType.PLACE, List.of(), "be:Барысаў", "en:Barysau"),
            StyleCheckerTest.card(MALADZIECHNA, EntityType.PLACE, List.of(), "be:Маладзечна", "en:Maladzyechna"),
            StyleCheckerTest.card(SVETLAHORSKAYA, EntityType.PERSON, List.of(), "be:Ганна Светлагорская",
                    "en:Hanna Svetlahorskaya"));
    static final Tagger TAGGER = TaggerTest.tagger(CARDS);

    @Test
    void masculineAdjectiveSurnamesInEveryCase() {
        assertThat(TAGGER.mentions("Суд над Бяляцкім. Справа Бяляцкага. Ліст Бяляцкаму."))
                .extracting(Tagger.Mention::text, Tagger.Mention::entityId).containsExactly(
                        tuple("Бяляцкім", BIALIATSKI), tuple("Бяляцкага", BIALIATSKI), tuple("Бяляцкаму", BIALIATSKI));
    }

    @Test
    void feminineAdjectiveSurnamesStayFeminine() {
        assertThat(TAGGER.mentions("Заява Ганны Светлагорскай. Са Светлагорскай гаварылі."))
                .extracting(Tagger.Mention::entityId).containsExactly(SVETLAHORSKAYA, SVETLAHORSKAYA);
    }

    @Test
    void nounsInA() {
        assertThat(TAGGER.mentions("Сустрэча з Бабарыкам. Адвакат Бабарыкі."))
                .extracting(Tagger.Mention::text, Tagger.Mention::entityId).containsExactly(
                        tuple("Бабарыкам", BABARYKA), tuple("Бабарыкі", BABARYKA));
        assertThat(TAGGER.mentions("У Маладзечне і каля Маладзечна."))
                .extracting(Tagger.Mention::entityId).containsExactly(MALADZIECHNA, MALADZIECHNA);
    }

    /**
     * The style checker in Belarusian text: a Russian case form of a name registered in both languages gets the
     * Belarusian form in the same case (made by {@link Declension}), and the Belarusian forms are left alone.
     */
    @Test
    void russianFormsInBelarusianTextGetTheBelarusianFormInTheSameCase() {
        NameDirectory.Snapshot names = StyleCheckerTest.snapshot(List.of(
                StyleCheckerTest.card(21, EntityType.PLACE, List.of(), "be:Брэст", "ru:Брест", "en:Brest"),
                StyleCheckerTest.card(22, EntityType.PLACE, List.of(), "be:Ліда", "ru:Лида", "en:Lida"),
                StyleCheckerTest.card(23, EntityType.PLACE, List.of(), "be:Слонім", "ru:Слоним", "en:Slonim")));
        assertThat(StyleCheckerTest.checkIn(names, "Затрымалі ў Бресте, потым у Лиде. Суд у Слониме.", "be"))
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred, StyleChecker.Finding::cases)
                .containsExactly(tuple("Бресте", "Брэсце", List.of("locative")),
                        tuple("Лиде", "Лідзе", List.of("dative", "locative")),
                        tuple("Слониме", "Слоніме", List.of("locative")));
        assertThat(StyleCheckerTest.checkIn(names, "Затрымалі ў Брэсце, потым у Лідзе, а суд быў у Слоніме.", "be"))
                .isEmpty();
    }

    @Test
    void placesInSkAndInU() {
        assertThat(TAGGER.mentions("У Салігорску, пад Салігорскам, з Салігорска."))
                .extracting(Tagger.Mention::entityId).containsExactly(SALIHORSK, SALIHORSK, SALIHORSK);
        // ў in the nominative is в before an ending: Барысаў, у Барысаве, з Барысава, Барысавам.
        assertThat(TAGGER.mentions("У Барысаве, з Барысава, над Барысавам."))
                .extracting(Tagger.Mention::entityId).containsExactly(BARYSAU, BARYSAU, BARYSAU);
    }
}
