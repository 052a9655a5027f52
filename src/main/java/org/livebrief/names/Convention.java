package org.livebrief.names;

import java.util.HashMap;
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

    static final int LONGEST = 7;

    final double penalty;
    private final boolean voicedS;
    private final Map<String, String> table;
    private final Map<String, String> overrides;

    Convention(double penalty, boolean voicedS, Map<String, String> overrides) {
        this.penalty = penalty;
        this.voicedS = voicedS;
        this.overrides = overrides;
        Map<String, String> merged = new HashMap<>(Base.TABLE);
        merged.putAll(overrides);
        this.table = Map.copyOf(merged);
    }

    /** Whether this convention would read {@code folded} differently from English. */
    boolean applies(String folded) {
        if (this == ENGLISH) {
            return true;
        }
        if (voicedS && hasVoicedS(folded)) {
            return true;
        }
        for (String grapheme : overrides.keySet()) {
            if (folded.contains(grapheme)) {
                return true;
            }
        }
        return false;
    }

    /** {@code folded} (see {@link Folding}) in the skeleton alphabet, before vowel reduction. */
    String spell(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        int i = 0;
        while (i < folded.length()) {
            int length = Math.min(LONGEST, folded.length() - i);
            String symbol = null;
            for (; length > 0; length--) {
                symbol = table.get(folded.substring(i, i + length));
                if (symbol != null) {
                    break;
                }
            }
            if (symbol == null) {
                length = 1;
                symbol = voicedS && isVoicedS(folded, i) ? "z" : folded.substring(i, i + 1);
            }
            out.append(symbol);
            i += length;
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
