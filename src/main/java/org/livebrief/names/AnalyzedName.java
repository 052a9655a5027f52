package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name split into words, each with its keys ({@link NameKeys}). Short function words (of, the, de …)
 * carry no identity and are left out, so "Azov Sea" and "Sea of Azov" have the same words.
 */
record AnalyzedName(List<Token> tokens) {

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "de", "d", "la", "le", "del", "da", "di");

    /** One word: its text as written and its keys. */
    record Token(String text, List<NameKeys.Key> keys) {
    }

    static AnalyzedName of(String name) {
        List<Token> tokens = new ArrayList<>();
        for (Words.Word word : Words.of(name)) {
            if (isFunctionWord(word.text())) {
                continue;
            }
            List<NameKeys.Key> keys = NameKeys.keys(word.text());
            if (!keys.isEmpty()) {
                tokens.add(new Token(word.text(), keys));
            }
        }
        return new AnalyzedName(List.copyOf(tokens));
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    int size() {
        return tokens.size();
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }
}
