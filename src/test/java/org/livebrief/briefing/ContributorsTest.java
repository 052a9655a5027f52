package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.ProblemException;

class ContributorsTest {

    private static Contributors.Card card(Map<String, String> names) {
        return new Contributors.Card(new TreeMap<>(names), null, null, null);
    }

    @Test
    void aPageGetsTheNameOfItsLanguageThenOfItsBaseLanguageThenEnglishThenTheFirst() {
        Contributors.Card card = card(Map.of("en", "Olena Kovalenko", "uk", "Олена Коваленко", "sr-Latn", "Olena Kovalenko (sr)"));
        assertThat(card.name(Locale.forLanguageTag("uk"))).isEqualTo("Олена Коваленко");
        assertThat(card.name(Locale.forLanguageTag("uk-UA"))).as("base language").isEqualTo("Олена Коваленко");
        assertThat(card.name(Locale.forLanguageTag("sr-Cyrl"))).as("another script of the language")
                .isEqualTo("Olena Kovalenko (sr)");
        assertThat(card.name(Locale.forLanguageTag("fa"))).as("English when the page's language has none")
                .isEqualTo("Olena Kovalenko");
        assertThat(card(Map.of("uk", "Олена", "ru", "Елена")).name(Locale.forLanguageTag("fa")))
                .as("no English either: the first tag").isEqualTo("Елена");
    }

    @Test
    void aRequestIsNormalisedAndEveryBadFieldIsNamed() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(" SR-latn ", " Ivana Jović ");
        ContributorRequest.Valid valid = new ContributorRequest(" reporter ", names, " Belgrade correspondent ",
                "https://example.org/ivana").validate();
        assertThat(valid.login()).isEqualTo("reporter");
        assertThat(valid.names()).containsExactly(Map.entry("sr-Latn", "Ivana Jović"));
        assertThat(valid.role()).isEqualTo("Belgrade correspondent");

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("x-", "A");
        bad.put("en", "");
        bad.put("EN", "Twice");
        assertThatThrownBy(() -> new ContributorRequest("no spaces allowed", bad, "r\u0007", "javascript:alert(1)")
                .validate()).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().toJson())
                .contains("\"login\"", "displayName.x-", "displayName.en", "displayName.EN", "\"role\"", "\"profileUrl\""));
        assertThatThrownBy(() -> new ContributorRequest(null, Map.of(), null, null).validate())
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aProfileLinkIsAnAbsoluteWebLinkWithoutCredentials() {
        assertThat(ContributorRequest.isWebLink("https://example.org/people/olena")).isTrue();
        assertThat(ContributorRequest.isWebLink("http://example.org")).isTrue();
        assertThat(ContributorRequest.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(ContributorRequest.isWebLink("data:text/html,x")).isFalse();
        assertThat(ContributorRequest.isWebLink("//example.org/x")).isFalse();
        assertThat(ContributorRequest.isWebLink("https://user:pw@example.org/")).isFalse();
        assertThat(ContributorRequest.isWebLink("https://exa mple.org/")).isFalse();
    }
}
