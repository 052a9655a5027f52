package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GeoNames' towns of the beat ({@link Gazetteer}): which registered place gets which town's names. None of these
 * places or names is in the shared development data or the held-out sets under {@code bench/names/heldout}.
 */
class GazetteerTest {

    private static Map<String, String> names(String... languagesAndNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < languagesAndNames.length; i += 2) {
            names.put(languagesAndNames[i], languagesAndNames[i + 1]);
        }
        return names;
    }

    private static List<String> townNames(String... languagesAndNames) {
        return Gazetteer.get().names(names(languagesAndNames));
    }

    @Test
    void aRegisteredTownGetsItsFormerNamesAndOtherLanguagesNames() {
        assertThat(townNames("ru", "Владикавказ", "os", "Дзæуджыхъæу", "en", "Vladikavkaz"))
                .contains("Ordzhonikidze", "Dzhaudzhikau", "Wladikawkas").doesNotContain("Владикавказ");
        assertThat(townNames("bg", "Перник", "en", "Pernik")).contains("Dimitrovo");
        assertThat(townNames("sq", "Shkodër", "en", "Shkodra")).contains("Scutari", "Skadar", "Шкодра");
    }

    @Test
    void theNativeNameIsEnoughAndTheEnglishNameAloneIsNot() {
        assertThat(townNames("bg", "Перник")).contains("Dimitrovo");
        assertThat(townNames("en", "Pernik")).isEmpty();
        assertThat(townNames("en-GB", "Pernik")).isEmpty();
    }

    @Test
    void aHomonymInAnotherCountryIsToldApartByTheLanguage() {
        // Приморськ is Ukraine's Prymorsk (once Nogaisk) and, in Ukrainian, Russia's Primorsk (once Koivisto) too.
        assertThat(townNames("uk", "Приморськ")).contains("Nogaisk").doesNotContain("Koivisto");
        assertThat(townNames("ru", "Приморск", "en", "Primorsk")).contains("Koivisto").doesNotContain("Nogaisk");
        // Saraj is a town of North Macedonia and, in another spelling, one of Azerbaijan (Saray).
        assertThat(townNames("mk", "Сарај")).contains("Сарай").doesNotContain("Sarai");
    }

    @Test
    void aCityOfMillionsIsMeantOverItsSmallNamesake() {
        // Donetsk in Ukraine (a million people) and in Russia's Rostov region (50,000) share every name.
        assertThat(townNames("uk", "Донецьк", "ru", "Донецк", "en", "Donetsk")).contains("Stalino", "Yuzovka");
    }

    @Test
    void aNameManyTownsShareGivesNothing() {
        List<String> shared = new ArrayList<>();
        Map<String, Integer> towns = new java.util.HashMap<>();
        for (Gazetteer.Town town : Gazetteer.read()) {
            if (town.country().equals("RU")) {
                towns.merge(town.names().get(0), 1, Integer::sum);
            }
        }
        towns.forEach((name, count) -> {
            if (count >= 3) {
                shared.add(name);
            }
        });
        assertThat(shared).isNotEmpty();
        for (String name : shared) {
            List<Gazetteer.Town> same = Gazetteer.read().stream().filter(t -> t.names().get(0).equals(name)).toList();
            long largest = same.stream().mapToLong(Gazetteer.Town::population).max().orElseThrow();
            boolean dominant = same.stream().filter(t -> t.population() != largest)
                    .allMatch(t -> t.population() * 10 <= largest) && same.stream()
                    .filter(t -> t.population() == largest).count() == 1;
            if (!dominant) {
                assertThat(townNames("en", name, "ru", name)).as(name).isEmpty();
            }
        }
    }

    @Test
    void aRegionNeverTakesItsCapitalsNames() {
        assertThat(townNames("bg", "Област Перник", "en", "Pernik Province")).isEmpty();
        assertThat(townNames("ru", "Владикавказский район")).isEmpty();
    }

    /** The other names, that is: a town's own name may be what GeoNames calls it (Bologoye-4, a closed town). */
    @Test
    void everyNameInTheFileIsAWordOfALanguage() {
        for (Gazetteer.Town town : Gazetteer.read()) {
            for (String name : town.names().subList(1, town.names().size())) {
                int first = name.codePoints().filter(Character::isLetter).findFirst().orElseThrow();
                assertThat(Character.isLowerCase(first)).as(name).isFalse();
                assertThat(name).as(town.names().get(0)).doesNotContainPattern("\\d").doesNotMatch("\\p{Lu}{2,4}");
            }
        }
        assertThat(Gazetteer.get().size()).isGreaterThan(5000);
    }

    @Test
    void aRegisteredTownResolvesByItsFormerName() {
        NameIndex index = NameIndex.of(List.of(
                NameFormsTest.card(1, EntityType.PLACE, "ru", "Владикавказ", "en", "Vladikavkaz"),
                NameFormsTest.card(2, EntityType.PLACE, "bg", "Перник", "en", "Pernik"),
                NameFormsTest.card(3, EntityType.PERSON, "bg", "Георги Димитров", "en", "Georgi Dimitrov"))
                .stream().map(NameCard::indexEntry).toList());
        assertThat(index.resolve("Ordzhonikidze", 3).matches()).first().extracting(NameIndex.Match::entityId)
                .isEqualTo(1L);
        assertThat(index.resolve("Орджоникидзе", 3).matches()).first().extracting(NameIndex.Match::entityId)
                .isEqualTo(1L);
        assertThat(index.resolve("Dimitrovo", 3).matches()).first().extracting(NameIndex.Match::entityId)
                .isEqualTo(2L);
        // The man the town was named after stays himself.
        assertThat(index.resolve("Georgi Dimitrov", 3).matches()).first().extracting(NameIndex.Match::entityId)
                .isEqualTo(3L);
    }
}
