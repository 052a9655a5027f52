package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resolving against entities registered with native names and one English spelling only. */
class NameIndexTest {

    static final NameIndex INDEX = NameIndex.of(List.of(
            entry(1, EntityType.PERSON, "Володимир Зеленський", "Владимир Зеленский", "Volodymyr Zelenskiy"),
            entry(2, EntityType.PLACE, "Запоріжжя", "Запорожье", "Zaporizhzhya"),
            entry(3, EntityType.PLACE, "Миколаїв", "Николаев", "Mykolayiv"),
            entry(4, EntityType.PLACE, "Харків", "Харьков", "Kharkiv"),
            entry(5, EntityType.PERSON, "Михайло Федоров", "Михаил Фёдоров", "Mykhaylo Fedorov"),
            entry(6, EntityType.PERSON, "Іван Федоров", "Иван Федоров", "Ivan Fedorov"),
            entry(7, EntityType.PERSON, "Владимир Путин", "Vladimir Putin"),
            entry(8, EntityType.PLACE, "Азовське море", "Азовское море", "Sea of Azov"),
            entry(9, EntityType.PERSON, "Володимир Кличко", "Wladimir Klitschko"),
            entry(11, EntityType.PLACE, "Донецьк", "Донецк", "Donetsk"),
            entry(12, EntityType.PLACE, "Донецька область", "Донецкая область", "Donetsk Oblast")));

    static NameIndex.Entry entry(long id, EntityType type, String... names) {
        return new NameIndex.Entry(id, type, Stream.of(names).map(n -> new NameIndex.Form(n, 1.0)).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Zelensky               | 1
            Wolodymyr Selenskyj    | 1
            Vladimir Zelensky      | 1
            Зеленського            | 0
            Zaporozhye             | 2
            Saporischschja         | 2
            Nikolaev               | 3
            Mykolaiv               | 3
            Charkow                | 4
            Wladimir Putin         | 7
            Poutine                | 7
            Azov Sea               | 8
            Azovskoye more         | 8
            Morze Azowskie         | 8
            mer d'Azov             | 8
            Donetsk                | 11
            Donetsk region         | 12
            Donetska oblast'       | 12
            Донецкая область       | 12
            """)
    void resolvesSpellingsInAnyScript(String query, long expected) {
        List<NameIndex.Match> matches = INDEX.resolve(query, 3).matches();
        if (expected == 0) {
            assertThat(matches).as("inflected forms are left to tagging").isEmpty();
        } else {
            assertThat(matches).first().extracting(NameIndex.Match::entityId).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} resolves to nothing")
    @CsvSource(textBlock = """
            Olena Zelenska
            Zelenska
            Kherson
            Mykolaivka
            Vitali Klitschko
            Zaporizhzhia Oblast
            Black Sea
            Volodymyr
            """)
    void guardsAgainstFalseMerges(String query) {
        assertThat(INDEX.resolve(query, 3).matches()).isEmpty();
    }

    @Test
    void aSharedSurnameIsReportedAsAmbiguous() {
        NameIndex.Resolution fedorov = INDEX.resolve("Fedorov", 5);
        assertThat(fedorov.ambiguous()).isTrue();
        assertThat(fedorov.matches()).extracting(NameIndex.Match::entityId).containsExactlyInAnyOrder(5L, 6L);
        assertThat(INDEX.resolve("Mykhailo Fedorov", 5).matches()).extracting(NameIndex.Match::entityId)
                .containsExactly(5L);
    }

    @Test
    void exactSpellingScoresHighestAndSurnameAloneIsMarked() {
        NameIndex.Match exact = INDEX.resolve("Volodymyr Zelenskiy", 1).matches().get(0);
        NameIndex.Match variant = INDEX.resolve("Volodymyr Zelenskyy", 1).matches().get(0);
        NameIndex.Match surname = INDEX.resolve("Zelenskiy", 1).matches().get(0);
        assertThat(exact.score()).isEqualTo(1.0);
        assertThat(variant.score()).isLessThan(exact.score());
        assertThat(surname.surnameOnly()).isTrue();
        assertThat(exact.surnameOnly()).isFalse();
    }

    @Test
    void updatedSnapshotKeepsOtherEntries() {
        NameIndex more = INDEX.with(List.of(entry(10, EntityType.PLACE, "Бахмут", "Bakhmut")));
        assertThat(more.size()).isEqualTo(INDEX.size() + 1);
        assertThat(more.resolve("Бахмут", 1).matches()).first().extracting(NameIndex.Match::entityId).isEqualTo(10L);
        assertThat(INDEX.resolve("Bakhmut", 1).matches()).isEmpty();
    }
}
