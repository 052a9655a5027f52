package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;

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

    /** The keys of one word, the English reading first; a word without letters has none. */
    public static List<Key> keys(String word) {
        String folded = Folding.fold(word);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>(2);
        keys.add(new Key(reduce(Convention.ENGLISH.spell(folded)), 0));
        if (Folding.isLatin(word)) {
            for (Convention convention : Convention.values()) {
                if (convention != Convention.ENGLISH && convention.applies(folded)) {
                    String skeleton = reduce(convention.spell(folded));
                    if (keys.stream().noneMatch(k -> k.skeleton().equals(skeleton))) {
                        keys.add(new Key(skeleton, convention.penalty));
                    }
                }
            }
        }
        return keys;
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
        String s = collapse(spelled.replace("dZ", "Z"));
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'i' && i + 1 < s.length() && isVowel(s.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return collapse(out.toString());
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
