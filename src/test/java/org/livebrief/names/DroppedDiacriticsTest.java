package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Latin names printed without their diacritics (issue #16 item 4): entities registered with their native spellings
 * only (an English spelling without the marks would match anyway), none of them in the development or held-out sets.
 */
class DroppedDiacriticsTest {

    static final NameIndex INDEX = NameIndex.of(List.of(
            NameIndexTest.entry(1, EntityType.PERSON, "Andrej Plenković"),
            NameIndexTest.entry(2, EntityType.PERSON, "Kemal Kılıçdaroğlu"),
            NameIndexTest.entry(3, EntityType.PERSON, "Ingrida Šimonytė"),
            NameIndexTest.entry(4, EntityType.PERSON, "Edgars Rinkēvičs"),
            NameIndexTest.entry(5, EntityType.PERSON, "Milo Đukanović", "Мило Ђукановић"),
            NameIndexTest.entry(6, EntityType.PLACE, "Łódź"),
            NameIndexTest.entry(7, EntityType.PLACE, "Šiauliai", "Шяуляй"),
            NameIndexTest.entry(8, EntityType.PERSON, "Ramush Haradinaj", "Рамуш Харадинај")));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Plenković     | 1
            Plenkovic     | 1
            Kılıçdaroğlu  | 2
            Kilicdaroglu  | 2
            Kılıcdaroglu  | 2
            Šimonytė      | 3
            Simonyte      | 3
            Rinkevics     | 4
            Đukanović     | 5
            Djukanovic    | 5
            Dukanovic     | 5
            Ђукановић     | 5
            Šiauliai      | 7
            Siauliai      | 7
            """)
    void aNameWithoutItsMarksFindsTheOneWithThem(String query, long expected) {
        assertThat(INDEX.resolve(query, 3).matches()).first().extracting(NameIndex.Match::entityId).isEqualTo(expected);
    }

    /** Tagging reads exact keys only (no fuzzy match): without the plain reading none of these was tagged. */
    @Test
    void taggingFindsTheNamesPrintedWithoutTheirMarks() {
        Tagger tagger = TaggerTest.tagger(List.of(
                StyleCheckerTest.card(1, EntityType.PERSON, List.of(), "hr:Andrej Plenković"),
                StyleCheckerTest.card(2, EntityType.PERSON, List.of(), "tr:Kemal Kılıçdaroğlu"),
                StyleCheckerTest.card(5, EntityType.PERSON, List.of(), "sr-Latn:Milo Đukanović", "sr-Cyrl:Мило Ђукановић"),
                StyleCheckerTest.card(7, EntityType.PLACE, List.of(), "lt:Šiauliai")));
        String text = "Plenkovic met Kilicdaroglu and Milo Djukanovic before flying on to Siauliai.";
        assertThat(tagger.mentions(text)).extracting(Tagger.Mention::text, Tagger.Mention::entityId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Plenkovic", 1L), org.assertj.core.groups.Tuple.tuple("Kilicdaroglu", 2L),
                org.assertj.core.groups.Tuple.tuple("Milo Djukanovic", 5L), org.assertj.core.groups.Tuple.tuple("Siauliai", 7L));
        assertThat(tagger.mentions("Sir, the sailors said, Sarić is not here.")).as("no short plain readings")
                .extracting(Tagger.Mention::entityId).isEmpty();
    }

    /** Serbian and Montenegrin write one language in two alphabets: Latin đ is Cyrillic ђ, as ć is ћ. */
    @Test
    void latinDjAndCyrillicDjeAreOneLetter() {
        NameIndex index = NameIndex.of(List.of(NameIndexTest.entry(1, EntityType.PERSON, "Новак Ђоковић"),
                NameIndexTest.entry(2, EntityType.PLACE, "Đakovica")));
        assertThat(NameKeys.skeleton("Đoković")).isEqualTo(NameKeys.skeleton("Ђоковић"));
        for (String spelling : List.of("Novak Đoković", "Novak Djokovic", "Đoković")) {
            assertThat(index.resolve(spelling, 3).matches()).as(spelling).first()
                    .extracting(NameIndex.Match::entityId).isEqualTo(1L);
        }
        assertThat(index.resolve("Ђаковица", 3).matches()).first().extracting(NameIndex.Match::entityId).isEqualTo(2L);
    }

    @Test
    void theReadingsLeaveOtherScriptsAndShortWordsAlone() {
        assertThat(AnalyzedName.withoutDiacritics("Plenković")).containsExactly("Plenkovic");
        assertThat(AnalyzedName.withoutDiacritics("Đukanović")).containsExactly("Dukanovic", "Djukanovic");
        assertThat(AnalyzedName.withoutDiacritics("Łukašenka")).containsExactly("Lukasenka");
        assertThat(AnalyzedName.withoutDiacritics("Kılıçdaroğlu")).containsExactly("Kilicdaroglu");
        assertThat(AnalyzedName.withoutDiacritics("Plenkovic")).as("no marks").isEmpty();
        assertThat(AnalyzedName.withoutDiacritics("Ђукановић")).as("Cyrillic").isEmpty();
        assertThat(AnalyzedName.withoutDiacritics("Šír")).as("too short: Sir is a word").isEmpty();
        assertThat(AnalyzedName.withoutDiacritics("Łódź")).as("too short").isEmpty();
        // A plain reading does not merge two different registered names that differ only by their marks' letters.
        NameIndex twoNames = NameIndex.of(List.of(
                NameIndexTest.entry(1, EntityType.PERSON, "Ivan Šarić"),
                NameIndexTest.entry(2, EntityType.PERSON, "Ivan Sarić")));
        assertThat(twoNames.resolve("Ivan Šarić", 3).matches()).first().extracting(NameIndex.Match::entityId).isEqualTo(1L);
        assertThat(twoNames.resolve("Ivan Sarić", 3).matches()).first().extracting(NameIndex.Match::entityId).isEqualTo(2L);
    }
}
