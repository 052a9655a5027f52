package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organisation's acronym written as two, the body's and its complement's (МВД РФ, ГУР МО), derived from the
 * registered full name, and the first of acronyms joined by a hyphen (ВМРО of ВМРО-НП) ({@link AnalyzedName#acronyms}). None of these organisations is in the shared development data
 * or the held-out sets.
 */
class AcronymPairsTest {

    static final NameIndex INDEX = NameIndex.of(List.of(
            NameFormsTest.card(1, EntityType.ORGANIZATION, "ru", "Министерство внутренних дел Российской Федерации",
                    "en", "Ministry of Internal Affairs of Russia"),
            NameFormsTest.card(2, EntityType.ORGANIZATION, "uk", "Державна служба надзвичайних ситуацій України",
                    "en", "State Emergency Service of Ukraine"),
            NameFormsTest.card(3, EntityType.ORGANIZATION, "mk", "ВМРО-НП", "en", "VMRO-NP"),
            NameFormsTest.card(4, EntityType.PLACE, "uk", "Івано-Франківськ", "en", "Ivano-Frankivsk"))
            .stream().map(NameCard::indexEntry).toList());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            МВД         | 1
            МВД РФ      | 1
            MVD RF      | 1
            ДСНС        | 2
            ДСНС У      | -1
            ДС НСУ      | -1
            ВМРО        | 3
            VMRO        | 3
            Ivano       | -1
            """)
    void theBodysAcronymWithItsComplementsIsTheOrganisation(String query, long expected) {
        List<NameIndex.Match> matches = INDEX.resolve(query, 3).matches();
        if (expected < 0) {
            assertThat(matches).as(query).isEmpty();
        } else {
            assertThat(matches).as(query).first().extracting(NameIndex.Match::entityId).isEqualTo(expected);
        }
    }

    @Test
    void pairsComeFromNamesOfFiveToEightWordsWithABodyOfThreeOrFourAndAComplementOfTwoOrMore() {
        assertThat(AnalyzedName.acronyms("Министерство внутренних дел Российской Федерации"))
                .containsExactly("МВД", "МВДР", "МВДРФ", "МВД РФ");
        assertThat(AnalyzedName.acronyms("Головне управління розвідки Міністерства оборони України"))
                .contains("ГУР", "ГУР МОУ", "ГУР МО", "ГУРМ ОУ").doesNotContain("ГУРМ О");
        assertThat(AnalyzedName.acronyms("Служба безпеки України")).containsExactly("СБУ");
        // Acronyms joined by a hyphen: the first one alone too; words joined by a hyphen are no acronym.
        assertThat(AnalyzedName.acronyms("ВМРО-ДПМНЕ")).containsExactly("ВМРО");
        assertThat(AnalyzedName.acronyms("Ivano-Frankivsk")).isEmpty();
        // The acronym of the whole name is still the initials of its first six words, never a pair.
        assertThat(AnalyzedName.acronym("Министерство внутренних дел Российской Федерации")).isEqualTo("МВДРФ");
        assertThat(AnalyzedName.acronym("ВМРО-ДПМНЕ")).isNull();
    }
}
