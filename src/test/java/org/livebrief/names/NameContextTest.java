package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A name two entities share (a surname alone) is settled by what was said before it: the text's own
 * unambiguous mentions, then the briefing's; otherwise it stays ambiguous and untagged, never a guess.
 */
class NameContextTest {

    static final long VITALI = 1;
    static final long WLADIMIR = 2;
    static final long KYIV = 3;

    static final List<NameCard> CARDS = List.of(
            StyleCheckerTest.card(VITALI, EntityType.PERSON, List.of(), "uk:Віталій Кличко", "de:Vitali Klitschko",
                    "en:Vitali Klitschko"),
            StyleCheckerTest.card(WLADIMIR, EntityType.PERSON, List.of(), "uk:Володимир Кличко", "de:Wladimir Klitschko",
                    "en:Wladimir Klitschko"),
            StyleCheckerTest.card(KYIV, EntityType.PLACE, List.of(), "uk:Київ", "en:Kyiv"));
    static final Tagger TAGGER = TaggerTest.tagger(CARDS);
    static final NameIndex INDEX = NameIndex.of(CARDS.stream().map(NameCard::indexEntry).toList());

    @Test
    void aSharedSurnameAloneIsAmbiguousWithoutContext() {
        NameIndex.Resolution alone = INDEX.resolve("Klitschko", 5);
        assertThat(alone.ambiguous()).isTrue();
        assertThat(alone.matches()).extracting(NameIndex.Match::entityId).containsExactlyInAnyOrder(VITALI, WLADIMIR);
        assertThat(TAGGER.mentions("Klitschko spoke in Kyiv.")).extracting(Tagger.Mention::entityId).containsExactly(KYIV);
    }

    @Test
    void theTextsOwnFullNameSettlesTheSurname() {
        assertThat(TAGGER.mentions("Vitali Klitschko, the mayor, spoke in Kyiv. Klitschko said the city had power."))
                .extracting(Tagger.Mention::text, Tagger.Mention::entityId)
                .containsExactly(tuple("Vitali Klitschko", VITALI), tuple("Kyiv", KYIV), tuple("Klitschko", VITALI));
        // In Ukrainian and in a case form too: "Кличка" read as Кличко.
        assertThat(TAGGER.mentions("Володимир Кличко приїхав до Києва. Слова Кличка цитують усі."))
                .extracting(Tagger.Mention::entityId).containsExactly(WLADIMIR, KYIV, WLADIMIR);
    }

    @Test
    void bothBrothersNamedLeaveTheSurnameAmbiguous() {
        assertThat(TAGGER.mentions("Vitali Klitschko and Wladimir Klitschko arrived. Klitschko spoke first."))
                .extracting(Tagger.Mention::text).containsExactly("Vitali Klitschko", "Wladimir Klitschko");
    }

    @Test
    void theBriefingSettlesWhatTheTextDoesNot() {
        AtomicInteger reads = new AtomicInteger();
        NameContext briefing = NameContext.ofBriefing(() -> {
            reads.incrementAndGet();
            return Set.of(WLADIMIR, KYIV);
        });
        assertThat(TAGGER.mentions("Klitschko spoke again.", briefing)).extracting(Tagger.Mention::entityId)
                .containsExactly(WLADIMIR);
        // The text's own mention is closer than the briefing's.
        assertThat(TAGGER.mentions("Vitali Klitschko spoke. Klitschko said more.", briefing))
                .extracting(Tagger.Mention::entityId).containsExactly(VITALI, VITALI);
        assertThat(INDEX.resolve("Klitschko", 5, briefing).ambiguous()).isFalse();
        assertThat(INDEX.resolve("Klitschko", 5, briefing).matches().get(0).entityId()).isEqualTo(WLADIMIR);
        // Read once, and only for a tie: a text without one never asks the database.
        AtomicInteger untouched = new AtomicInteger();
        TAGGER.mentions("Kyiv had power.", NameContext.ofBriefing(() -> {
            untouched.incrementAndGet();
            return Set.of();
        }));
        assertThat(untouched).hasValue(0);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anEditorsProminenceSettlesWhatNeitherTextNorBriefingDoes() {
        List<NameCard> cards = List.of(withProminence(CARDS.get(0), 60), withProminence(CARDS.get(1), 10), CARDS.get(2));
        NameIndex index = NameIndex.of(cards.stream().map(NameCard::indexEntry).toList());
        Tagger tagger = TaggerTest.tagger(cards);
        assertThat(index.resolve("Klitschko", 5).ambiguous()).isFalse();
        assertThat(index.resolve("Klitschko", 5).matches().get(0).entityId()).isEqualTo(VITALI);
        assertThat(tagger.mentions("Klitschko spoke in Kyiv.")).extracting(Tagger.Mention::entityId)
                .containsExactly(VITALI, KYIV);
        // What the text and the briefing say comes first.
        assertThat(tagger.mentions("Wladimir Klitschko arrived. Klitschko spoke.")).extracting(Tagger.Mention::entityId)
                .containsExactly(WLADIMIR, WLADIMIR);
        assertThat(index.resolve("Klitschko", 5, NameContext.ofBriefing(() -> Set.of(WLADIMIR))).matches().get(0).entityId())
                .isEqualTo(WLADIMIR);
        // Equal prominence settles nothing; nor does it make a name that matches no one match.
        NameIndex equal = NameIndex.of(List.of(withProminence(CARDS.get(0), 30), withProminence(CARDS.get(1), 30))
                .stream().map(NameCard::indexEntry).toList());
        assertThat(equal.resolve("Klitschko", 5).ambiguous()).isTrue();
        assertThat(index.resolve("Kovalenko", 5).matches()).isEmpty();
        // A full name is not a tie: prominence never overrides it.
        assertThat(index.resolve("Wladimir Klitschko", 5).matches().get(0).entityId()).isEqualTo(WLADIMIR);
    }

    @Test
    void theDayATextWasWrittenSettlesAFormerNameAndANameInUse() {
        // A town renamed in 2016 and a village that took its old name in 2019: the old name is both.
        NameCard town = new NameCard(11, EntityType.PLACE, List.of(NameSpelling.name("uk", "Новоград"),
                new NameSpelling("Старград", "uk", null, NameKind.HISTORICAL, NameStatus.ACCEPTED, null,
                        java.time.LocalDate.of(2016, 5, 12))), List.of());
        NameCard village = new NameCard(12, EntityType.PLACE, List.of(new NameSpelling("Старград", "uk", null,
                NameKind.NAME, NameStatus.PREFERRED, java.time.LocalDate.of(2019, 1, 1), null)), List.of());
        NameIndex index = NameIndex.of(List.of(town.indexEntry(), village.indexEntry()));
        assertThat(index.resolve("Старград", 5).ambiguous()).as("no day, no answer").isTrue();
        NameIndex.Resolution now = index.resolve("Старград", 5, NameContext.NONE.on(java.time.LocalDate.of(2026, 12, 7)));
        assertThat(now.ambiguous()).isFalse();
        assertThat(now.matches().get(0).entityId()).isEqualTo(12);
        NameIndex.Resolution then = index.resolve("Старград", 5, NameContext.NONE.on(java.time.LocalDate.of(2014, 3, 1)));
        assertThat(then.ambiguous()).isFalse();
        assertThat(then.matches().get(0).entityId()).isEqualTo(11);
        // In 2017 neither name was in use: the tie stays.
        assertThat(index.resolve("Старград", 5, NameContext.NONE.on(java.time.LocalDate.of(2017, 6, 1))).ambiguous()).isTrue();
        // What the text names comes first: a briefing about the village in 2014 still means the village.
        assertThat(index.resolve("Старград", 5, NameContext.ofBriefing(() -> Set.of(12L)).on(java.time.LocalDate.of(2014, 3, 1)))
                .matches().get(0).entityId()).isEqualTo(12);
    }

    private static NameCard withProminence(NameCard card, int prominence) {
        return new NameCard(card.id(), card.type(), card.spellings(), card.contexts(), prominence);
    }

    @Test
    void inNamesWithoutMiddleNamesNoWordIsLeftOut() {
        NameIndex index = NameIndex.of(List.of(
                StyleCheckerTest.card(10, EntityType.PERSON, List.of(), "fa:علی‌اکبر ولایتی", "en:Ali Akbar Velayati"),
                StyleCheckerTest.card(11, EntityType.PERSON, List.of(), "ru:Сергей Кужугетович Шойгу", "en:Sergei Shoigu"),
                StyleCheckerTest.card(12, EntityType.PERSON, List.of(), "de:Frank-Walter Steinmeier",
                        "en:Frank Walter Steinmeier")).stream().map(NameCard::indexEntry).toList());
        assertThat(index.resolve("Ali Akbar Velayati", 3).matches()).extracting(NameIndex.Match::entityId).first().isEqualTo(10L);
        assertThat(index.resolve("Ali Velayati", 3).matches()).as("Ali Akbar is one given name").isEmpty();
        assertThat(index.resolve("Ali Akbar Hosseini Velayati", 3).matches()).as("a formal full name adds a word")
                .extracting(NameIndex.Match::entityId).first().isEqualTo(10L);
        assertThat(index.resolve("Velayati", 3).matches()).extracting(NameIndex.Match::entityId).containsExactly(10L);
        // A patronymic, or a second given name elsewhere, may go unsaid.
        assertThat(index.resolve("Сергей Шойгу", 3).matches()).extracting(NameIndex.Match::entityId).first().isEqualTo(11L);
        assertThat(index.resolve("Sergei Kuzhugetovich Shoigu", 3).matches()).extracting(NameIndex.Match::entityId)
                .first().isEqualTo(11L);
        assertThat(index.resolve("Frank Steinmeier", 3).matches()).extracting(NameIndex.Match::entityId).first().isEqualTo(12L);
    }

    @Test
    void aBriefingThatNamedBothSettlesNothing() {
        NameContext both = NameContext.ofBriefing(() -> Set.of(VITALI, WLADIMIR));
        assertThat(TAGGER.mentions("Klitschko spoke.", both)).isEmpty();
        assertThat(INDEX.resolve("Klitschko", 5, both).ambiguous()).isTrue();
    }
}
