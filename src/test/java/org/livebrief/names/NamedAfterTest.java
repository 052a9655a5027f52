package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A place's name that names a ship, a club, a street or station, or a dish is no misspelling of the place and
 * no mention of it, by the word of its kind beside it, with no exception phrase registered for the entity.
 */
class NamedAfterTest {

    static final List<NameCard> CARDS = List.of(
            StyleCheckerTest.card(1, EntityType.PLACE, List.of(), "uk:Київ", "ru:Киев", "en:Kyiv"),
            StyleCheckerTest.card(2, EntityType.PLACE, List.of(), "ru:Москва", "en:Moscow"),
            StyleCheckerTest.card(3, EntityType.PLACE, List.of(), "uk:Львів", "ru:Львов", "en:Lviv"));
    static final NameDirectory.Snapshot SNAPSHOT = new NameDirectory.Snapshot(
            NameIndex.of(CARDS.stream().map(NameCard::indexEntry).toList()),
            CARDS.stream().collect(Collectors.toMap(NameCard::id, Function.identity())));

    static List<String> found(String text, String language) {
        return StyleCheckerTest.checkIn(SNAPSHOT, text, language).stream().map(StyleChecker.Finding::found).toList();
    }

    @Test
    void shipsClubsStreetsStationsAndDishesAreNotThePlace() {
        assertThat(found("The cruiser Moskva sank; the flagship \"Moskva\" had 500 sailors.", "en")).isEmpty();
        assertThat(found("Dynamo Kiev lost to FC Lvov in 1990.", "en")).isEmpty();
        assertThat(found("Trains leave from the Kiev station; the Kiev cake is sold there.", "en")).isEmpty();
        assertThat(found("Крейсер «Москва» затонув. Матч «Динамо Киев» відбувся на вулиці Львов.", "uk")).isEmpty();
    }

    @Test
    void thePlaceItselfIsStillChecked() {
        assertThat(found("Moskva said the cruiser was hit near Kiev, and Lvov was calm.", "en"))
                .containsExactly("Moskva", "Kiev", "Lvov");
        assertThat(found("The ship sailed to Kiev.", "en")).containsExactly("Kiev");
    }

    @Test
    void taggingLeavesThemOutToo() {
        Tagger tagger = new Tagger(SNAPSHOT);
        assertThat(tagger.mentions("The cruiser Moskva sank off Odesa; Moscow denied it."))
                .extracting(Tagger.Mention::text).containsExactly("Moscow");
    }
}
