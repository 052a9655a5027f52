package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia's War In Ukraine, March 29    | russia-s-war-in-ukraine-march-29",
            "Війна в Україні: день 34            | війна-в-україні-день-34",
            "Київ, Запоріжжя й Миколаїв           | київ-запоріжжя-й-миколаїв",
            "Erdoğan hosts talks in İstanbul      | erdogan-hosts-talks-in-istanbul",
            "---Zelenskiy!!!---                   | zelenskiy"})
    void titlesBecomeSlugsKeepingLettersOfEveryScript(String title, String slug) {
        assertThat(Slugs.fromTitle(title)).isEqualTo(slug);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void longTitlesAreCutToTheMaximum() {
        String slug = Slugs.fromTitle("word ".repeat(60));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-");
    }

    @ParameterizedTest
    @CsvSource({"Upper", "two--hyphens", "-leading", "trailing-", "with space", "a/b", "''"})
    void invalidSlugsAreRefused(String slug) {
        assertThat(Slugs.isValid(slug)).isFalse();
    }
}
