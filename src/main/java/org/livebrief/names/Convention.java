package org.livebrief.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a Latin spelling may have been meant. Slavic names reach English text through English, German,
 * Polish, French, Spanish, Turkish, Romanian, Bulgarian and Turkic (Uzbek, Azerbaijani, Kazakh) spelling
 * conventions, which read the same letters differently
 * (ch is ч in English, х in German and Polish, ш in French, к in Romanian; j is й in German, ж in French, х in
 * Spanish; c is ц in the Slavic Latin alphabets and к before a, o, u in French and Romanian). A Latin word is read under each convention whose letters it uses; the result is a key in
 * the skeleton alphabet. Upper-case symbols: Q щ, S ш, C ч, Z ж and дж, T ц, H г/х/h/g.
 */
enum Convention {

    ENGLISH(0.0, false, Map.of()),
    GERMAN(0.02, true, Map.of("ch", "H", "z", "T", "ck", "k", "sch", "S")),
    GERMAN_ZH(0.03, true, Map.of("ch", "H", "z", "T", "ck", "k", "sch", "Z")),
    POLISH(0.02, false, Map.of("ch", "H", "rz", "Z")),
    FRENCH(0.03, false, Map.of("ch", "S", "j", "Z", "dj", "Z", "gue", "He", "gui", "Hi")),
    SPANISH(0.03, false, Map.of("j", "H")),
    TURKISH(0.03, false, Map.of("c", "Z")),
    ENGLISH_J(0.02, false, Map.of("j", "Z")),
    /** Romanian and Italian: ch and chi are k (Chișinău is Кишинэу, Chiara), ci/ce are ч. */
    ROMANIAN(0.03, false, Map.of("ch", "k")),
    /** Bulgarian: щ is sht (Peshtera is Пещера, Russian Peshchera). */
    BULGARIAN(0.03, false, Map.of("sht", "Q")),
    /** Uzbek Latin: x is х and j is ж (Xorazm is Хоразм, Andijon Андижон). */
    UZBEK(0.03, false, Map.of("x", "H", "j", "Z")),
    /** Azerbaijani Latin: q is г, x is х, c and j are дж and ж (Qarabağ is Гарабағ, Qazax Газах, Gəncə Ҝәнҹә). */
    AZERBAIJANI(0.03, false, Map.of("q", "H", "x", "H", "c", "Z", "j", "Z")),
    /**
     * Kazakh and Kyrgyz in BGN/PCGN: ң is ng, where Russian and the Latin alphabets write n (Zhangaözen, Жаңаөзен),
     * and Kyrgyz ж is j (Jalal-Abad, Жалал-Абад).
     */
    TURKIC_BGN(0.03, false, Map.of("ng", "n", "j", "Z")),
    /**
     * French, Romanian, Italian, Spanish and English exonyms: c before a, o, u is к (Samarcande is Самарканд, Constanța
     * Констанца, Cuba Куба), where the Slavic Latin alphabets and the base table read ц.
     */
    HARD_C(0.03, false, Map.of("ca", "ka", "co", "ko", "cu", "ku"));

    /** English and the romanization systems; a nested class because enum constructors cannot read statics. */
    private static final class Base {
        static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("schtsch", "Q"), Map.entry("shch", "Q"), Map.entry("szcz", "Q"), Map.entry("chtch", "Q"),
            Map.entry("sch", "S"), Map.entry("tsch", "C"), Map.entry("tch", "C"), Map.entry("dzh", "Z"),
            Map.entry("dsch", "Z"), Map.entry("zh", "Z"), Map.entry("kh", "H"), Map.entry("sh", "S"), Map.entry("sz", "S"),
            Map.entry("ch", "C"), Map.entry("cz", "C"), Map.entry("ts", "T"), Map.entry("tz", "T"), Map.entry("gh", "H"),
            Map.entry("ph", "f"), Map.entry("ou", "u"), Map.entry("x", "ks"), Map.entry("c", "T"), Map.entry("g", "H"),
            Map.entry("h", "H"), Map.entry("j", "i"), Map.entry("y", "i"), Map.entry("w", "v"), Map.entry("q", "k"));
    }

    final double penalty;
    private final boolean voicedS;
    /** The graphemes whose presence makes this convention read a word differently from English. */
    private final String[] overridden;
    /**
     * The graphemes as a trie over a-z: {@code children[26 * node + letter]} is the child node (0: none;
     * node 0 is the root), {@code symbols[node]} what the grapheme ending there is spelled as (null: no
     * grapheme ends there). Spelling walks it from each position and takes the longest grapheme.
     */
    private final int[] children;
    private final byte[][] symbols;
    /**
     * Per folded byte below 128: true when it is spelled as itself without looking further (no grapheme
     * starts with it, and it is not an s this convention may voice), which is most letters of most words.
     */
    private final boolean[] itself = new boolean[128];

    Convention(double penalty, boolean voicedS, Map<String, String> overrides) {
        this.penalty = penalty;
        this.voicedS = voicedS;
        this.overridden = overrides.keySet().toArray(String[]::new);
        Map<String, String> merged = new HashMap<>(Base.TABLE);
        merged.putAll(overrides);
        int nodes = 1 + merged.keySet().stream().mapToInt(String::length).sum();
        int[] trie = new int[26 * nodes];
        byte[][] spelled = new byte[nodes][];
        int used = 1;
        for (Map.Entry<String, String> grapheme : merged.entrySet()) {
            int node = 0;
            for (char c : grapheme.getKey().toCharArray()) {
                int slot = 26 * node + (c - 'a');
                if (trie[slot] == 0) {
                    trie[slot] = used++;
                }
                node = trie[slot];
            }
            spelled[node] = grapheme.getValue().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        this.children = java.util.Arrays.copyOf(trie, 26 * used);
        this.symbols = java.util.Arrays.copyOf(spelled, used);
        for (int c = 0; c < 128; c++) {
            boolean letter = c >= 'a' && c <= 'z';
            itself[c] = !(letter && children[c - 'a'] != 0) && !(voicedS && c == 's');
        }
    }

    /**
     * The graphemes whose presence makes this convention give a key no other does. German with sch as ж differs
     * from German only where sch is written. The Turkic readings differ from the Turkish and English-j ones only
     * where x or q is written, and the Kazakh/Kyrgyz one where ng stands before a vowel (Zhangaözen). Reading
     * every English -ing again, or every j for an Azerbaijani c beside it, made the analysis a fifth slower; a
     * final ң in BGN/PCGN (-ng) and an Azerbaijani word with both c and j (ҹ and ж) are left to the fuzzy match.
     */
    String[] triggers() {
        return switch (this) {
            case GERMAN_ZH -> new String[] {"sch"};
            case UZBEK -> new String[] {"x"};
            case AZERBAIJANI -> new String[] {"q", "x"};
            case TURKIC_BGN -> new String[] {"nga", "nge", "ngi", "ngo", "ngu", "ngy"};
            default -> overridden;
        };
    }

    /** All conventions but English, without the copy that {@code values()} makes on every call. */
    static final List<Convention> OTHERS = List.of(GERMAN, GERMAN_ZH, POLISH, FRENCH, SPANISH, TURKISH, ENGLISH_J, ROMANIAN,
            BULGARIAN, UZBEK, AZERBAIJANI, TURKIC_BGN, HARD_C);

    /**
     * The graphemes that make a convention apply, by first letter, each with the bits (over
     * {@link #OTHERS}) of the conventions it makes apply; and the bits of the conventions that voice s.
     */
    private static final class Triggers {
        static final byte[][][] GRAPHEMES = new byte[128][][];
        static final int[][] CONVENTIONS = new int[128][];
        static final int VOICED_S;

        static {
            Map<String, Integer> byGrapheme = new HashMap<>();
            int voiced = 0;
            for (int k = 0; k < OTHERS.size(); k++) {
                Convention convention = OTHERS.get(k);
                String[] triggers = convention.triggers();
                for (String grapheme : triggers) {
                    byGrapheme.merge(grapheme, 1 << k, (a, b) -> a | b);
                }
                if (convention.voicedS && convention != GERMAN_ZH) {
                    voiced |= 1 << k;
                }
            }
            VOICED_S = voiced;
            for (char first = 'a'; first <= 'z'; first++) {
                char f = first;
                List<String> starting = byGrapheme.keySet().stream().filter(g -> g.charAt(0) == f).sorted().toList();
                if (!starting.isEmpty()) {
                    GRAPHEMES[first] = starting.stream().map(g -> g.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toArray(byte[][]::new);
                    CONVENTIONS[first] = starting.stream().mapToInt(byGrapheme::get).toArray();
                }
            }
        }
    }

    /**
     * In one pass over {@code folded} (see {@link Folding}), the conventions of {@link #OTHERS} that would
     * read it differently from English, as bits: bit k for {@code OTHERS.get(k)}.
     */
    static int applying(byte[] folded, int length) {
        int bits = 0;
        for (int i = 0; i < length; i++) {
            byte c = folded[i];
            if (c < 0) {
                continue;
            }
            byte[][] candidates = Triggers.GRAPHEMES[c];
            if (candidates != null) {
                for (int k = 0; k < candidates.length; k++) {
                    if (startsWith(folded, length, i, candidates[k])) {
                        bits |= Triggers.CONVENTIONS[c][k];
                    }
                }
            }
            if (c == 's' && isVoicedS(folded, length, i)) {
                bits |= Triggers.VOICED_S;
            }
        }
        return bits;
    }

    /**
     * {@code folded} (see {@link Folding}) in the skeleton alphabet, before vowel reduction, written to
     * {@code out} (at least twice as long as {@code length}); returns the length written. Folded words and
     * skeletons are ASCII, so both are bytes.
     */
    int spell(byte[] folded, int length, byte[] out) {
        int n = 0;
        int i = 0;
        while (i < length) {
            byte c = folded[i];
            if (c >= 0 && itself[c]) {
                out[n++] = c;
                i++;
                continue;
            }
            // The longest grapheme at i: walk the trie as far as the letters go.
            int matched = 0;
            int matchedLength = 0;
            int node = 0;
            for (int j = i; j < length; j++) {
                int letter = folded[j] - 'a';
                if (letter < 0 || letter >= 26 || (node = children[26 * node + letter]) == 0) {
                    break;
                }
                if (symbols[node] != null) {
                    matched = node;
                    matchedLength = j - i + 1;
                }
            }
            if (matchedLength > 0) {
                for (byte symbol : symbols[matched]) {
                    out[n++] = symbol;
                }
                i += matchedLength;
            } else {
                out[n++] = voicedS && isVoicedS(folded, length, i) ? (byte) 'z' : folded[i];
                i++;
            }
        }
        return n;
    }

    private static boolean startsWith(byte[] text, int length, int at, byte[] prefix) {
        if (at + prefix.length > length) {
            return false;
        }
        for (int j = 1; j < prefix.length; j++) {
            if (text[at + j] != prefix[j]) {
                return false;
            }
        }
        return text[at] == prefix[0];
    }

    /** German s before a vowel is voiced (Selenskyj, Saporischschja), unless it is doubled. */
    private static boolean isVoicedS(byte[] folded, int length, int i) {
        if (folded[i] != 's' || i + 1 >= length || i > 0 && folded[i - 1] == 's') {
            return false;
        }
        byte next = folded[i + 1];
        return next == 'a' || next == 'e' || next == 'i' || next == 'o' || next == 'u' || next == 'y' || next == 'j';
    }
}
