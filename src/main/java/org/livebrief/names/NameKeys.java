package org.livebrief.names;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
     * into bytes (folded words and skeletons are ASCII), one pass that finds the conventions that would
     * read it differently from English, then a spelling and vowel reduction in place per such convention,
     * in buffers of the calling thread; a string is built only for a new key.
     */
    public static List<Key> analyze(String word) {
        Scratch scratch = Scratch.of(word);
        int length = scratch.fold(word);
        if (length == 0) {
            return List.of();
        }
        byte[] folded = scratch.folded;
        byte[] work = scratch.work;
        Key english = new Key(skeleton(folded, length, Convention.ENGLISH, work), 0);
        int applying = Convention.applying(folded, length);
        if (applying == 0 || !Folding.isLatin(word)) {
            return List.of(english);
        }
        return withReadings(english, applying, folded, length, work);
    }

    /**
     * The keys of a Latin word that the conventions of bits {@code applying} read differently: apart
     * from {@link #analyze}, so that the common path (English only) stays small enough for the JIT to
     * compile as one piece.
     */
    private static List<Key> withReadings(Key english, int applying, byte[] folded, int length, byte[] work) {
        Key[] keys = new Key[1 + Convention.OTHERS.size()];
        keys[0] = english;
        int count = 1;
        for (int k = 0; applying >>> k != 0; k++) {
            if ((applying >>> k & 1) != 0) {
                Convention convention = Convention.OTHERS.get(k);
                int n = reduce(work, convention.spell(folded, length, work));
                if (!contains(keys, count, work, n)) {
                    keys[count++] = new Key(new String(work, 0, n, StandardCharsets.ISO_8859_1), convention.penalty);
                }
            }
        }
        return switch (count) {
            case 1 -> List.of(english);
            case 2 -> List.of(english, keys[1]);
            default -> List.of(Arrays.copyOf(keys, count));
        };
    }

    /** The English-reading key alone, as used for display-independent comparisons. */
    public static String skeleton(String word) {
        Scratch scratch = Scratch.of(word);
        int length = scratch.fold(word);
        return length == 0 ? "" : skeleton(scratch.folded, length, Convention.ENGLISH, scratch.work);
    }

    private static String skeleton(byte[] folded, int length, Convention convention, byte[] work) {
        return new String(work, 0, reduce(work, convention.spell(folded, length, work)), StandardCharsets.ISO_8859_1);
    }

    private static boolean contains(Key[] keys, int count, byte[] skeleton, int length) {
        for (int k = 0; k < count; k++) {
            String known = keys[k].skeleton();
            if (known.length() == length && matches(known, skeleton)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String known, byte[] skeleton) {
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != skeleton[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The buffers of one analysis: the folded word and the spelling work space. Each thread keeps one
     * for words of ordinary length; a longer word gets buffers of its own.
     */
    private static final class Scratch {
        private static final int KEPT = 64;
        private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(() -> new Scratch(KEPT));

        byte[] folded;
        byte[] work;

        private Scratch(int characters) {
            folded = new byte[characters * Folding.MAX_EXPANSION];
            work = new byte[2 * folded.length];
        }

        static Scratch of(String word) {
            return word.length() <= KEPT ? PER_THREAD.get() : new Scratch(word.length());
        }

        /** Folds {@code word} into {@link #folded}, growing the buffers for the general path; returns the length. */
        int fold(String word) {
            int length = Folding.foldSimple(word, folded);
            if (length != Folding.GENERAL) {
                return length;
            }
            String general = Folding.fold(word);
            byte[] bytes = general.getBytes(StandardCharsets.ISO_8859_1);
            if (bytes.length > folded.length) {
                folded = new byte[bytes.length];
                work = new byte[2 * bytes.length];
            }
            System.arraycopy(bytes, 0, folded, 0, bytes.length);
            return bytes.length;
        }
    }

    /**
     * Vowel reduction, in place on the first {@code length} symbols of {@code s}; returns the reduced
     * length. дж is ж, repeated symbols collapse, and an i before another vowel is dropped (it only marks
     * iotation or softness: ya/ia/ja, ye/ie/je, Siergiej, Nikolayev).
     */
    static int reduce(byte[] s, int length) {
        // One pass, both steps: the first (дж, repeats) decides symbol by symbol; the second (iotation,
        // repeats again) lags one symbol behind it, since an i is dropped only before a vowel.
        int m = 0;
        boolean pending = false;
        byte previous = 0;
        for (int i = 0; i < length; i++) {
            byte c = s[i];
            if (c == 'd' && i + 1 < length && s[i + 1] == 'Z' || pending && previous == c) {
                continue;
            }
            if (pending && !(previous == 'i' && isVowel((char) c)) && !(m > 0 && s[m - 1] == previous)) {
                s[m++] = previous;
            }
            previous = c;
            pending = true;
        }
        if (pending && !(m > 0 && s[m - 1] == previous)) {
            s[m++] = previous;
        }
        return m;
    }


    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
