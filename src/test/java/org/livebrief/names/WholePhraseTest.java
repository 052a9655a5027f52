package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A finding spans the whole name phrase, a region's lower-case unit word included, with the phrase's house form. */
class WholePhraseTest {

    static final List<NameCard> CARDS = List.of(
            StyleCheckerTest.card(1, EntityType.PLACE, List.of(), "uk:Херсон", "ru:Херсон", "en:Kherson"),
            StyleCheckerTest.card(2, EntityType.PLACE, List.of(), "uk:Луганська область", "ru:Луганская область",
                    "en:Luhansk region"),
            StyleCheckerTest.card(3, EntityType.PLACE, List.of(), "uk:Луганськ", "ru:Луганск", "en:Luhansk"));
    static final NameDirectory.Snapshot SNAPSHOT = new NameDirectory.Snapshot(
            NameIndex.of(CARDS.stream().map(NameCard::indexEntry).toList()),
            CARDS.stream().collect(Collectors.toMap(NameCard::id, Function.identity())));

    @Test
    void aRegionPhraseIsOneFindingWithTheRegionsHouseForm() {
        assertThat(StyleCheckerTest.checkIn(SNAPSHOT, "Shelling hit the Lugansk region and the Luganskaya oblast.", "en"))
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred, StyleChecker.Finding::entityId)
                .containsExactly(tuple("Lugansk region", "Luhansk region", 2L), tuple("Luganskaya oblast", "Luhansk region", 2L));
        // The city alone stays the city; a region word after a city with no region registered leaves the city's
        // finding as it was.
        assertThat(StyleCheckerTest.checkIn(SNAPSHOT, "Lugansk was quiet; the Cherson region was not.", "en"))
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::entityId)
                .containsExactly(tuple("Lugansk", 3L), tuple("Cherson", 1L));
    }

    @Test
    void taggingNamesTheRegionNotTheCity() {
        assertThat(new Tagger(SNAPSHOT).mentions("Обстріли в Луганській області та в Луганську."))
                .extracting(Tagger.Mention::text, Tagger.Mention::entityId)
                .containsExactly(tuple("Луганській області", 2L), tuple("Луганську", 3L));
    }
}
