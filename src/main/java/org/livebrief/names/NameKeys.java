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

    /**
     * {@link #keys} without the cache: what analysing a word the first time costs. One fold of the word
     * into a character array, one pass that finds the conventions that would read it differently from
     * English, then a spelling and vowel reduction per such convention in place, all without building
     * strings until a key is new.
     */
    public static List<Key> analyze(String word) {
        char[] folded = new char[word.length() * Folding.MAX_EXPANSION];
        int length = Folding.foldSimple(word, folded);
        if (length == Folding.GENERAL) {
            folded = Folding.fold(word).toCharArray();
            length = folded.length;
        }
        if (length == 0) {
            return List.of();
        }
        char[] work = new char[2 * length];
        Key english = new Key(skeleton(folded, length, Convention.ENGLISH, work), 0);
        int applying = Folding.isLatin(word) ? Convention.applying(folded, length) : 0;
        if (applying == 0) {
            return List.of(english);
        }
        List<Key> keys = new ArrayList<>(3);
        keys.add(english);
        for (int k = 0; applying >>> k != 0; k++) {
            if ((applying >>> k & 1) != 0) {
                Convention convention = Convention.OTHERS.get(k);
                int n = reduce(work, convention.spell(folded, length, work));
                if (!contains(keys, work, n)) {
                    keys.add(new Key(new String(work, 0, n), convention.penalty));
                }
            }
        }
        return List.copyOf(keys);
    }

    private static String skeleton(char[] folded, int length, Convention convention, char[] work) {
        return new String(work, 0, reduce(work, convention.spell(folded, length, work)));
    }

    private static boolean contains(List<Key> keys, char[] skeleton, int length) {
        for (Key key : keys) {
            String known = key.skeleton();
            if (known.length() == length && matches(known, skeleton)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String known, char[] skeleton) {
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != skeleton[i]) {
                return false;
            }
        }
        return true;
    }

    /** The English-reading key alone, as used for display-independent comparisons. */
    public static String skeleton(String word) {
        char[] folded = new char[word.length() * Folding.MAX_EXPANSION];
        int length = Folding.foldSimple(word, folded);
        if (length == Folding.GENERAL) {
            folded = Folding.fold(word).toCharArray();
            length = folded.length;
        }
        return length == 0 ? "" : skeleton(folded, length, Convention.ENGLISH, new char[2 * length]);
    }

    /**
     * Vowel reduction, in place on the first {@code length} symbols of {@code s}; returns the reduced
     * length. дж is ж, repeated symbols collapse, and an i before another vowel is dropped (it only marks
     * iotation or softness: ya/ia/ja, ye/ie/je, Siergiej, Nikolayev).
     */
    static int reduce(char[] s, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c == 'd' && i + 1 < length && s[i + 1] == 'Z' || n > 0 && s[n - 1] == c) {
                continue;
            }
            s[n++] = c;
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            boolean iotation = c == 'i' && i + 1 < n && isVowel(s[i + 1]);
            if (!iotation && !(m > 0 && s[m - 1] == c)) {
                s[m++] = c;
            }
        }
        return m;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
