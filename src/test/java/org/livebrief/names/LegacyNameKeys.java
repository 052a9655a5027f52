package org.livebrief.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The name-key analysis as it was before the one-pass rewrite (commit a4a248a), kept in test code so that
 * {@code NameKeysEquivalenceTest} can show the product computes the same keys for every word. A change of the
 * folding rules is made here too, in this slow, plain form (stop 14: Azerbaijani ə, a final Albanian ë, the Romanian ch, Armenian in BGN/PCGN; stop 22: Latin đ as Cyrillic ђ;
 * stop 23: letters read by their Unicode name, Tajik/Azerbaijani/Ossetian/pre-1918 letters, Uzbek oʻ, Bulgarian ъ and sht,
 * ž š č ç ş ț as symbols, Kazakh şş, the Uzbek reading).
 */
final class LegacyNameKeys {

    private LegacyNameKeys() {
    }

    /** The old {@code NameKeys.analyze}. */
    static List<NameKeys.Key> analyze(String word) {
        String folded = Folding.fold(word);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<NameKeys.Key> keys = new ArrayList<>(2);
        keys.add(new NameKeys.Key(reduce(Convention.ENGLISH.spell(folded)), 0));
        if (Folding.isLatin(word)) {
            int letters = Convention.letters(folded);
            for (Convention convention : Convention.OTHERS) {
                if (convention.applies(folded, letters)) {
                    String skeleton = reduce(convention.spell(folded));
                    if (!contains(keys, skeleton)) {
                        keys.add(new NameKeys.Key(skeleton, convention.penalty));
                    }
                }
            }
        }
        return List.copyOf(keys);
    }

    /** The old {@code NameKeys.skeleton}. */
    static String skeleton(String word) {
        String folded = Folding.fold(word);
        return folded.isEmpty() ? "" : reduce(Convention.ENGLISH.spell(folded));
    }

    private static boolean contains(List<NameKeys.Key> keys, String skeleton) {
        for (NameKeys.Key key : keys) {
            if (key.skeleton().equals(skeleton)) {
                return true;
            }
        }
        return false;
    }

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

    /**
     * The first step of name-key analysis: one word, any script, to lower-case Latin letters.
     *
     * <p>Cyrillic is mapped letter by letter straight to the skeleton alphabet of {@link NameKeys} (upper-case
     * symbols such as {@code Z} for ж), not through a romanization system: every system's spelling of a
     * letter ends up on the same symbol anyway, and a table lookup is much cheaper than an ICU transform.
     * Й stays a letter of its own here; folding diacritics first would turn it into и. Latin letters with
     * a meaning of their own (ž, ł, ß, ç …) become their usual digraphs; other marks are dropped. Other
     * scripts go through ICU's Any-Latin first.
     */
    static final class Folding {

        private static final Map<Character, String> CYRILLIC = Map.ofEntries(
                Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "H"), Map.entry('ґ', "H"),
                Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "Z"), Map.entry('з', "z"),
                Map.entry('и', "i"), Map.entry('і', "i"), Map.entry('ї', "ii"), Map.entry('й', "i"), Map.entry('к', "k"),
                Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
                Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
                Map.entry('х', "H"), Map.entry('ц', "T"), Map.entry('ч', "C"), Map.entry('ш', "S"), Map.entry('щ', "Q"),
                Map.entry('ь', ""), Map.entry('ъ', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('ё', "io"),
                Map.entry('ы', "i"), Map.entry('э', "e"), Map.entry('ў', "u"), Map.entry('қ', "k"), Map.entry('ғ', "H"),
                Map.entry('ң', "n"), Map.entry('ү', "u"), Map.entry('ұ', "u"), Map.entry('ә', "a"), Map.entry('ө', "o"),
                Map.entry('һ', "H"), Map.entry('ј', "i"), Map.entry('љ', "li"), Map.entry('њ', "ni"), Map.entry('ћ', "C"),
                Map.entry('ђ', "Z"), Map.entry('џ', "Z"), Map.entry('ѓ', "H"), Map.entry('ќ', "k"), Map.entry('ѕ', "dz"),
                Map.entry('ҷ', "Z"), Map.entry('ҹ', "Z"), Map.entry('ҝ', "H"), Map.entry('ӕ', "a"),
                Map.entry('ѣ', "e"), Map.entry('ѳ', "f"), Map.entry('ѵ', "i"), Map.entry('ѫ', "a"), Map.entry('ѧ', "ia"));

        private static final Map<Character, String> LATIN = Map.ofEntries(
                Map.entry('ž', "Z"), Map.entry('ż', "Z"), Map.entry('ź', "z"), Map.entry('š', "S"), Map.entry('ś', "s"),
                Map.entry('č', "C"), Map.entry('ć', "C"), Map.entry('ç', "C"), Map.entry('ş', "S"), Map.entry('ș', "S"),
                Map.entry('ț', "T"), Map.entry('ğ', "g"), Map.entry('ı', "i"), Map.entry('ł', "l"), Map.entry('ß', "ss"),
                Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('đ', "Z"), Map.entry('ð', "d"),
                Map.entry('þ', "th"), Map.entry('ë', "io"), Map.entry('â', "ia"), Map.entry('û', "iu"), Map.entry('ê', "ie"),
                Map.entry('ŭ', "u"), Map.entry('ř', "rZ"), Map.entry('ñ', "n"), Map.entry('ŝ', "Q"), Map.entry('ə', "a"));

        private Folding() {
        }

        /** True when the word is written in Latin letters (after folding it may still hold Cyrillic symbols). */
        static boolean isLatin(String word) {
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= 0x80 && Character.isLetter(c) && !Words.isApostrophe(c)
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.COMMON) {
                    return false;
                }
            }
            return true;
        }

        static String fold(String word) {
            if (isAsciiLetters(word)) {
                return word.toLowerCase(Locale.ROOT);
            }
            String normalized = hasMarks(word) ? Normalizer.normalize(word, Normalizer.Form.NFC) : word;
            String text = normalized.toLowerCase(Locale.ROOT);
            if (hasOtherScript(text)) {
                text = org.livebrief.names.Folding.isArmenian(text)
                        ? Romanization.ARMENIAN.romanize(text).toLowerCase(Locale.ROOT).replace("j", "dzh")
                        : Romanization.ANY.romanize(text).toLowerCase(Locale.ROOT);
            }
            StringBuilder out = new StringBuilder(text.length() + 4);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                String mapped = c < 'ß' ? null : c >= 'а' && c <= 'ӿ' ? CYRILLIC.get(c) : LATIN.get(c);
                if (c == 'ë' && text.substring(i + 1).codePoints().noneMatch(Character::isLetter)) {
                    mapped = "e";
                }
                if (c == 'ş' && i + 1 < text.length() && text.charAt(i + 1) == 'ş') {
                    out.append('Q');
                    i++;
                    continue;
                }
                if (c == 'ъ' && org.livebrief.names.Folding.isBulgarianVowel(text, i)) {
                    mapped = "a";
                }
                if (c == 'o' && text.length() == normalized.length() && org.livebrief.names.Folding.isUzbekO(normalized, i + 1)) {
                    mapped = "u";
                }
                if (mapped != null) {
                    out.append(mapped);
                } else if (c >= 'a' && c <= 'z') {
                    out.append(c);
                } else if (Character.isLetter(c) && !Words.isApostrophe(c)) {
                    out.append(plain(c));
                }
            }
            return out.toString();
        }

        private static boolean isAsciiLetters(String word) {
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                    return false;
                }
            }
            return true;
        }

        private static String plain(char c) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder out = new StringBuilder(1);
            for (int i = 0; i < base.length(); i++) {
                char b = base.charAt(i);
                if (b >= 'a' && b <= 'z') {
                    out.append(b);
                } else if (b >= 'а' && b <= 'я' && CYRILLIC.containsKey(b)) {
                    out.append(CYRILLIC.get(b));
                }
            }
            if (out.isEmpty()) {
                String compatible = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
                return compatible.matches("[a-z]") ? compatible : org.livebrief.names.Folding.byName(c);
            }
            return out.toString();
        }

        private static boolean hasMarks(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (Character.getType(word.charAt(i)) == Character.NON_SPACING_MARK) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasOtherScript(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x370 && !(c >= 0x400 && c <= 0x52F) && Character.isLetter(c) && !Words.isApostrophe(c)) {
                    Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(i));
                    if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

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
        ENGLISH_J(0.02, false, Map.of("j", "Z")),
        ROMANIAN(0.03, false, Map.of("ch", "k")),
        BULGARIAN(0.03, false, Map.of("sht", "Q")),
        UZBEK(0.03, false, Map.of("x", "H", "j", "Z")),
        AZERBAIJANI(0.03, false, Map.of("q", "H", "x", "H", "c", "Z", "j", "Z")),
        TURKIC_BGN(0.03, false, Map.of("ng", "n", "j", "Z")),
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
        static final List<Convention> OTHERS = List.of(GERMAN, GERMAN_ZH, POLISH, FRENCH, SPANISH, TURKISH, ENGLISH_J, ROMANIAN,
                BULGARIAN, UZBEK, AZERBAIJANI, TURKIC_BGN, HARD_C);

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
            if (this == UZBEK) {
                return folded.contains("x");
            }
            if (this == AZERBAIJANI) {
                return folded.contains("q") || folded.contains("x");
            }
            if (this == TURKIC_BGN) {
                return folded.matches(".*ng[aeiouy].*");
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
}
