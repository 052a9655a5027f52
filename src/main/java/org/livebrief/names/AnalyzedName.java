package org.livebrief.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name split into words, each with its keys ({@link NameKeys}). Short function words (of, the, de …)
 * carry no identity and are left out, so "Azov Sea" and "Sea of Azov" have the same words. Generic
 * geographic words are translated, not transliterated, so they get one key per meaning in every language
 * (oblast = region = область, sea = море = Meer = morze): "Donetsk region" is "Donetsk Oblast".
 */
record AnalyzedName(List<Token> tokens) {

    /** Starts the key of a generic word; no skeleton starts with it, so fuzzy matching leaves it alone. */
    static final char GENERIC_MARK = '#';
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "de", "d", "la", "le", "del", "da", "di");

    private static final Map<String, String> GENERIC = generic(Map.of(
            "oblast", "oblast region область області oblasti obłast obwód oblys",
            "raion", "raion rayon rajon district район району",
            "sea", "sea more море morze meer mer",
            "river", "river річка река rika reka rzeka fluss"));

    /** One word: its text as written and its keys. */
    record Token(String text, List<NameKeys.Key> keys) {
    }

    static AnalyzedName of(String name) {
        List<Token> tokens = new ArrayList<>();
        for (Words.Word word : Words.of(name)) {
            String text = withoutElision(word.text());
            if (isFunctionWord(text)) {
                continue;
            }
            List<NameKeys.Key> keys = keys(text);
            if (!keys.isEmpty()) {
                tokens.add(new Token(text, keys));
            }
        }
        return new AnalyzedName(List.copyOf(tokens));
    }

    /** French and Italian elided articles and prepositions are function words: mer d'Azov, l'Ukraine. */
    static String withoutElision(String word) {
        boolean elided = word.length() > 2 && Words.isApostrophe(word.charAt(1))
                && "dlDL".indexOf(word.charAt(0)) >= 0 && Character.isUpperCase(word.charAt(2));
        return elided ? word.substring(2) : word;
    }

    /** The keys of one word of a name: its meaning for a generic word, else its {@link NameKeys}. */
    static List<NameKeys.Key> keys(String word) {
        String meaning = GENERIC.get(word.toLowerCase(Locale.ROOT));
        return meaning != null ? List.of(new NameKeys.Key(meaning, 0)) : NameKeys.keys(word);
    }

    private static Map<String, String> generic(Map<String, String> synonyms) {
        Map<String, String> byWord = new HashMap<>();
        synonyms.forEach((meaning, words) -> {
            for (String word : words.split(" ")) {
                byWord.put(word, GENERIC_MARK + meaning);
            }
        });
        return Map.copyOf(byWord);
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
