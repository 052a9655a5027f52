package org.livebrief.names;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a Latin spelling may have been meant. Slavic names reach English text through English, German,
 * Polish, French, Spanish and Turkish spelling conventions, which read the same letters differently
 * (ch is ч in English, х in German and Polish, ш in French; j is й in German, ж in French, х in
 * Spanish). A Latin word is read under each convention whose letters it uses; the result is a key in
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
    ENGLISH_J(0.02, false, Map.of("j", "Z"));

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
    private final String[] overridden;
    /** Graphemes by their first letter, longest first, and their symbols: no substrings while spelling. */
    private final String[][] graphemes = new String[128][];
    private final String[][] symbols = new String[128][];
    /** The letters that start an override (or s, for voicing): words without them read as in English. */
    private final int triggers;

    Convention(double penalty, boolean voicedS, Map<String, String> overrides) {
        this.penalty = penalty;
        this.voicedS = voicedS;
        this.overridden = overrides.keySet().toArray(String[]::new);
        int bits = voicedS ? 1 << ('s' - 'a') : 0;
        for (String grapheme : overrides.keySet()) {
            bits |= 1 << (grapheme.charAt(0) - 'a');
        }
        this.triggers = bits;
        Map<String, String> merged = new HashMap<>(Base.TABLE);
        merged.putAll(overrides);
        for (char first = 'a'; first <= 'z'; first++) {
            char f = first;
            List<String> starting = merged.keySet().stream().filter(g -> g.charAt(0) == f)
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            if (!starting.isEmpty()) {
                graphemes[first] = starting.toArray(String[]::new);
                symbols[first] = starting.stream().map(merged::get).toArray(String[]::new);
            }
        }
    }

    /** All conventions but English, without the copy that {@code values()} makes on every call. */
    static final List<Convention> OTHERS = List.of(GERMAN, GERMAN_ZH, POLISH, FRENCH, SPANISH, TURKISH, ENGLISH_J);

    /** The set of letters a-z in {@code folded}, as bits. */
    static int letters(String folded) {
        int bits = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                bits |= 1 << (c - 'a');
            }
        }
        return bits;
    }

    /** Whether this convention would read {@code folded} (with these {@link #letters}) differently from English. */
    boolean applies(String folded, int letters) {
        if (this == ENGLISH) {
            return true;
        }
        if ((letters & triggers) == 0) {
            return false;
        }
        if (this == GERMAN_ZH) {
            return folded.contains("sch");
        }
        if (voicedS && hasVoicedS(folded)) {
            return true;
        }
        for (String grapheme : overridden) {
            if (folded.contains(grapheme)) {
                return true;
            }
        }
        return false;
    }

    /** {@code folded} (see {@link Folding}) in the skeleton alphabet, before vowel reduction. */
    String spell(String folded) {
        StringBuilder out = new StringBuilder(folded.length() + 2);
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            String[] candidates = c < 128 ? graphemes[c] : null;
            int matched = -1;
            if (candidates != null) {
                for (int k = 0; k < candidates.length && matched < 0; k++) {
                    if (folded.startsWith(candidates[k], i)) {
                        matched = k;
                    }
                }
            }
            if (matched >= 0) {
                out.append(symbols[c][matched]);
                i += candidates[matched].length();
            } else {
                out.append(voicedS && isVoicedS(folded, i) ? 'z' : c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean hasVoicedS(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (isVoicedS(folded, i)) {
                return true;
            }
        }
        return false;
    }

    /** German s before a vowel is voiced (Selenskyj, Saporischschja), unless it is doubled. */
    private static boolean isVoicedS(String folded, int i) {
        return folded.charAt(i) == 's' && i + 1 < folded.length() && "aeiouyj".indexOf(folded.charAt(i + 1)) >= 0
                && (i == 0 || folded.charAt(i - 1) != 's');
    }
}
