package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No letter of any Latin or Cyrillic alphabet is lost by the name keys: every letter CLDR lists for any locale
 * (standard and auxiliary exemplars, about 700 locales) folds to at least one ASCII letter or key symbol, except
 * the signs that are no sound of their own. Before, Tatar җ, Uzbek and Tajik ҳ, Tajik ҷ, Chuvash ҫ, Yakut ҕ ҥ,
 * Azerbaijani Cyrillic ҝ ҹ, Ossetian ӕ, Maltese ħ and a dozen letters of African alphabets folded to nothing, so
 * names that differed only in them had one key.
 */
class FoldingAlphabetsTest {

    /**
     * Signs that mark softness, hardness (Bulgarian ъ alone: it is a vowel only before a consonant), a glottal
     * stop or a click: nothing of a romanization.
     */
    private static final Set<String> SIGNS = Set.of("ь", "ъ", "ъ̀", "ʼ", "ʔ", "ǀ", "ǁ", "ǂ", "ǃ", "ꞌ", "ӏ");

    @Test
    void everyLatinAndCyrillicLetterOfEveryLocaleFoldsToSomething() {
        Map<String, Set<String>> lost = new TreeMap<>();
        int letters = 0;
        for (ULocale locale : ULocale.getAvailableLocales()) {
            for (int kind : new int[] {LocaleData.ES_STANDARD, LocaleData.ES_AUXILIARY}) {
                UnicodeSet set = LocaleData.getExemplarSet(locale, 0, kind);
                for (String letter : set) {
                    int first = letter.codePointAt(0);
                    int script = UScript.getScript(first);
                    if (!Character.isLetter(first) || script != UScript.LATIN && script != UScript.CYRILLIC
                            || SIGNS.contains(letter)) {
                        continue;
                    }
                    letters++;
                    String folded = Folding.fold(letter);
                    if (folded.isEmpty() || !Folding.isAscii(folded)) {
                        lost.computeIfAbsent(letter + " [" + folded + "]", k -> new TreeSet<>()).add(locale.toString());
                    }
                }
            }
        }
        assertThat(letters).as("letters looked at").isGreaterThan(1000);
        assertThat(lost).as("letters that fold to nothing, with their locales").isEmpty();
    }

    @Test
    void lettersWithoutATableEntryAreReadByTheirUnicodeName() {
        assertThat(Folding.fold("ҳ")).isEqualTo(Folding.fold("х"));
        assertThat(Folding.fold("җ")).isEqualTo(Folding.fold("ж"));
        assertThat(Folding.fold("ҫ")).isEqualTo(Folding.fold("с"));
        assertThat(Folding.fold("ҕ")).isEqualTo(Folding.fold("г"));
        assertThat(Folding.fold("ҡ")).isEqualTo(Folding.fold("к"));
        assertThat(Folding.fold("ҥ")).isEqualTo(Folding.fold("нг"));
        assertThat(Folding.fold("ħ")).isEqualTo("h");
        assertThat(Folding.fold("ŋ")).isEqualTo("n");
        assertThat(Folding.fold("ɔ")).isEqualTo("o");
        assertThat(Folding.fold("ɛ")).isEqualTo("e");
        assertThat(Folding.fold("ʦ")).isEqualTo("ts");
        assertThat(Folding.fold("ʰ")).as("a superscript letter by compatibility").isEqualTo("h");
        assertThat(Folding.byName('ӏ')).as("the palochka is no letter's name").isEmpty();
        assertThat(Folding.byName('ʔ')).as("nor is the glottal stop").isEmpty();
    }

    @Test
    void lettersWhoseNameGivesTheWrongBaseAreInTheTable() {
        // Tajik ҷ and Azerbaijani ҹ are дж, not ч; Azerbaijani ҝ is г (Latin g), not к.
        assertThat(Folding.fold("ҷ")).isEqualTo(Folding.fold("ж"));
        assertThat(Folding.fold("ҹ")).isEqualTo(Folding.fold("ж"));
        assertThat(Folding.fold("ҝ")).isEqualTo(Folding.fold("г"));
        // The letters of the spelling before 1918.
        assertThat(Folding.fold("ѣ")).isEqualTo("e");
        assertThat(Folding.fold("ѳ")).isEqualTo("f");
    }
}
