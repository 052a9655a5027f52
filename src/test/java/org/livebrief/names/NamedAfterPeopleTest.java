package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Soviet renamings honoured people, so a place's former name is often a surname (Frunze, Bishkek's; Shevchenko, Aktau's;
 * Dimitrovo, Pernik's): after a given name or an initial it is the person, and neither tagging nor the style checker
 * reads it as the place ({@link Contexts#excuse(NameCard, boolean, String, int, int)}). The former names come from
 * GeoNames ({@link Gazetteer}); none of these places or people is in the shared development data or the held-out sets.
 */
class NamedAfterPeopleTest {

    static final long BISHKEK = 1;
    static final long AKTAU = 2;
    static final NameDirectory.Snapshot NAMES = NameDirectory.Snapshot.of(List.of(
            NameFormsTest.card(BISHKEK, EntityType.PLACE, "ky", "Бишкек", "ru", "Бишкек", "en", "Bishkek"),
            NameFormsTest.card(AKTAU, EntityType.PLACE, "kk", "Ақтау", "ru", "Актау", "en", "Aktau")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Frunze was renamed Bishkek in 1991.                        | Frunze, Bishkek
            In Frunze, the party congress opened.                      | Frunze
            The Soviet city of Frunze grew fast.                       | Frunze
            Aktau was called Shevchenko until 1991.                    | Aktau, Shevchenko
            """)
    void aFormerNameAloneIsThePlace(String text, String found) {
        assertThat(new Tagger(NAMES).mentions(text)).extracting(Tagger.Mention::text)
                .containsExactly(found.split(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mikhail Frunze commanded the southern front.
            A statue of Taras Shevchenko stands in the park.
            The poet T. Shevchenko was born in 1814.
            Marshal Frunze died in 1925.
            """)
    void aFormerNameAfterAGivenNameIsThePerson(String text) {
        assertThat(new Tagger(NAMES).mentions(text)).isEmpty();
        assertThat(new StyleChecker(NAMES, HouseStyle.RFERL, HouseStyle.RFERL).check(text, "en")).isEmpty();
    }
}
