package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.livebrief.testing.FuzzInput;

/**
 * Name-key analysis of arbitrary Unicode: entry text, names, style-checker and search input all go through it
 * (docs/fuzzing.md).
 */
class NameKeysFuzzTest {

    /**
     * Words cover their text exactly; every word folds to ASCII letters, and the fast fold agrees with the
     * general one; keys are non-empty ASCII skeletons, distinct, the English reading first at no cost, and the
     * cached answer is the uncached one.
     */
    @FuzzTest(maxDuration = "60s")
    void everyWordHasConsistentKeys(byte[] data) {
        String text = FuzzInput.text(data);
        int previousEnd = 0;
        for (Words.Word word : Words.of(text)) {
            assertThat(word.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(word.start(), word.end())).isEqualTo(word.text()).isNotEmpty();
            previousEnd = word.end();
            checkWord(word.text());
        }
        if (text.length() <= 200) {
            checkWord(text);
        }
    }

    private static void checkWord(String word) {
        String folded = Folding.fold(word);
        assertThat(folded).as("fold of '%s'", word).matches("[a-zA-Z]*");
        byte[] out = new byte[word.length() * Folding.MAX_EXPANSION];
        int n = Folding.foldSimple(word, out);
        if (n != Folding.GENERAL) {
            assertThat(new String(out, 0, n, StandardCharsets.US_ASCII)).as("fast fold of '%s'", word).isEqualTo(folded);
        }
        List<NameKeys.Key> keys = NameKeys.analyze(word);
        assertThat(NameKeys.keys(word)).isEqualTo(keys);
        if (keys.isEmpty()) {
            assertThat(NameKeys.skeleton(word)).isEmpty();
            return;
        }
        assertThat(keys.get(0).penalty()).isZero();
        assertThat(NameKeys.skeleton(word)).isEqualTo(keys.get(0).skeleton());
        assertThat(new HashSet<>(keys.stream().map(NameKeys.Key::skeleton).toList())).hasSize(keys.size());
        keys.forEach(key -> assertThat(key.skeleton()).matches("[\\x21-\\x7E]+"));
    }
}
