package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Name-key analysis: a word in any script and romanization to its skeleton keys. Two spellings of one
 * name share a key when they differ only in what romanization systems and spelling conventions vary:
 * y/i/j, doubled letters, soft signs and apostrophes, -iy/-yi/-yy/-ij endings, kh/h/g, zh/ž/ż, ts/c/z,
 * ou/u, w/v, the iotation of vowels (ya/ia/ja). What they keep apart is what tells names apart: the
 * consonant skeleton, the vowels a/e/o/u and a final -a (Zelenska is not Zelenskiy).
 */
public final class NameKeys {

    /** A skeleton and what reading it cost: 0 for the English reading. */
    public record Key(String skeleton, double penalty) {
    }

    private NameKeys() {
    }

    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, List<Key>> CACHE = new ConcurrentHashMap<>();

    /**
     * The keys of one word, the English reading first; a word without letters has none. Results are
     * remembered per word: names and the words around them repeat, and analysis costs far more than a
     * lookup.
     */
    public static List<Key> keys(String word) {
        List<Key> known = CACHE.get(word);
        if (known == null) {
            known = analyze(word);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(word, known);
        }
        return known;
    }

    /** {@link #keys} without the cache: what analysing a word the first time costs. */
    public static List<Key> analyze(String word) {
        String folded = Folding.fold(word);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>(2);
        keys.add(new Key(reduce(Convention.ENGLISH.spell(folded)), 0));
        if (Folding.isLatin(word)) {
            int letters = Convention.letters(folded);
            for (Convention convention : Convention.OTHERS) {
                if (convention.applies(folded, letters)) {
                    String skeleton = reduce(convention.spell(folded));
                    if (!contains(keys, skeleton)) {
                        keys.add(new Key(skeleton, convention.penalty));
                    }
                }
            }
        }
        return List.copyOf(keys);
    }

    private static boolean contains(List<Key> keys, String skeleton) {
        for (Key key : keys) {
            if (key.skeleton().equals(skeleton)) {
                return true;
            }
        }
        return false;
    }

    /** The English-reading key alone, as used for display-independent comparisons. */
    public static String skeleton(String word) {
        String folded = Folding.fold(word);
        return folded.isEmpty() ? "" : reduce(Convention.ENGLISH.spell(folded));
    }

    /**
     * Vowel reduction: дж is ж, repeated symbols collapse, and an i before another vowel is dropped
     * (it only marks iotation or softness: ya/ia/ja, ye/ie/je, Siergiej, Nikolayev).
     */
    static String reduce(String spelled) {
        char[] s = new char[spelled.length()];
        int n = 0;
        for (int i = 0; i < spelled.length(); i++) {
            char c = spelled.charAt(i);
            if (c == 'd' && i + 1 < spelled.length() && spelled.charAt(i + 1) == 'Z' || n > 0 && s[n - 1] == c) {
                continue;
            }
            s[n++] = c;
        }
        char[] out = new char[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            boolean iotation = s[i] == 'i' && i + 1 < n && isVowel(s[i + 1]);
            if (!iotation && !(m > 0 && out[m - 1] == s[i])) {
                out[m++] = s[i];
            }
        }
        return new String(out, 0, m);
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
