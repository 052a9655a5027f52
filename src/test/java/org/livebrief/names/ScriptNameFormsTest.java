package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.briefing.ScriptNames;

class ScriptNameFormsTest {

    static final NameDirectory.Snapshot AUTHORITY = StyleCheckerTest.snapshot(List.of(
            StyleCheckerTest.card(1, EntityType.PERSON, List.of(), "uk:Володимир Зеленський", "en:Volodymyr Zelenskiy",
                    "sr:Володимир Зеленски", "sr-Latn:Volodimir Zelenski"),
            StyleCheckerTest.card(2, EntityType.PLACE, List.of(), "uk:Київ", "en:Kyiv", "sr:Кијев", "sr-Latn:Kijev"),
            StyleCheckerTest.card(3, EntityType.PLACE, List.of(), "sr:Ниш", "en:Nis")));

    @Test
    void namesWithARegisteredLatinFormAreFoundWithIt() {
        String text = "Председник Володимир Зеленски допутовао је у Кијев, а затим у Ниш.";
        List<ScriptNames.Form> forms = ScriptNameForms.in(AUTHORITY, text, "sr-Latn");
        assertThat(forms).extracting(f -> text.substring(f.start(), f.end()), ScriptNames.Form::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Володимир Зеленски", "Volodimir Zelenski"),
                        org.assertj.core.groups.Tuple.tuple("Кијев", "Kijev"));
    }

    @Test
    void aSurnameAloneGetsTheRegisteredSurname() {
        String text = "Зеленски је рекао.";
        assertThat(ScriptNameForms.in(AUTHORITY, text, "sr-Latn")).extracting(ScriptNames.Form::text)
                .containsExactly("Zelenski");
    }

    @Test
    void theStyleCheckerWorksInBothSerbianScripts() {
        String latin = "Predsednik Volodimir Zelenskij doputovao je.";
        assertThat(StyleCheckerTest.checkIn(AUTHORITY, latin, "sr-Latn"))
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Volodimir Zelenskij", "Volodimir Zelenski"));
        String cyrillic = "Председник Владимир Зеленскиј допутовао је.";
        assertThat(StyleCheckerTest.checkIn(AUTHORITY, cyrillic, "sr"))
                .extracting(StyleChecker.Finding::found, StyleChecker.Finding::preferred)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Владимир Зеленскиј", "Володимир Зеленски"));
    }
}
