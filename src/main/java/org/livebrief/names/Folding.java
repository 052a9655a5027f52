package org.livebrief.names;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The first step of name-key analysis: one word, any script, to lower-case Latin letters.
 *
 * <p>Cyrillic is mapped letter by letter straight to the skeleton alphabet of {@link NameKeys} (upper-case
 * symbols such as {@code Z} for ж), not through a romanization system: every system's spelling of a
 * letter ends up on the same symbol anyway, and a table lookup is much cheaper than an ICU transform.
 * Й stays a letter of its own here; folding diacritics first would turn it into и. Latin letters with
 * a meaning of their own (ž, ł, ß, ç …) become their usual digraphs; other marks are dropped. Armenian goes
 * through BGN/PCGN first (the press's spelling), other scripts through ICU's Any-Latin.
 *
 * <p>Speed: what a character folds to does not depend on its neighbours for most of the BMP (no combining
 * marks, no other script, a one-character lower case), so {@link #foldSimple} folds such words character by
 * character from a table computed once from {@link #fold}'s own rules; only words with other characters take
 * the general path.
 */
final class Folding {

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
            Map.entry('һ', "H"), Map.entry('ј', "i"), Map.entry('љ', "l"), Map.entry('њ', "n"), Map.entry('ћ', "C"),
            Map.entry('ђ', "Z"), Map.entry('џ', "Z"), Map.entry('ѓ', "H"), Map.entry('ќ', "k"), Map.entry('ѕ', "dz"));

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ž', "zh"), Map.entry('ż', "zh"), Map.entry('ź', "z"), Map.entry('š', "sh"), Map.entry('ś', "s"),
            Map.entry('č', "ch"), Map.entry('ć', "ch"), Map.entry('ç', "ch"), Map.entry('ş', "sh"), Map.entry('ș', "sh"),
            Map.entry('ț', "ts"), Map.entry('ğ', "g"), Map.entry('ı', "i"), Map.entry('ł', "l"), Map.entry('ß', "ss"),
            Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('đ', "Z"), Map.entry('ð', "d"),
            Map.entry('þ', "th"), Map.entry('ë', "io"), Map.entry('â', "ia"), Map.entry('û', "iu"), Map.entry('ê', "ie"),
            Map.entry('ŭ', "u"), Map.entry('ř', "rzh"), Map.entry('ñ', "n"),
            // Azerbaijani ə: a in English spellings (Əliyev is Aliyev, Gəncə is Ganja).
            Map.entry('ə', "a"));

    /** What {@link #foldSimple} returns for a word that needs the general path of {@link #fold}. */
    static final int GENERAL = -1;
    /** Characters below this have an entry in {@link #SIMPLE}. */
    private static final int SIMPLE_LIMIT = 0x3000;
    /** Per character: what it folds to on its own, or null when it needs the general path. */
    private static final byte[][] SIMPLE = new byte[SIMPLE_LIMIT][];
    /** The most characters one character folds to on the simple path. */
    static final int MAX_EXPANSION;

    static {
        int max = 1;
        for (char c = 0; c < SIMPLE_LIMIT; c++) {
            String folded = isContextFree(c) ? fold(String.valueOf(c)) : null;
            if (folded != null && isAscii(folded)) {
                SIMPLE[c] = folded.getBytes(StandardCharsets.US_ASCII);
                max = Math.max(max, SIMPLE[c].length);
            }
        }
        MAX_EXPANSION = max;
    }

    private Folding() {
    }

    /**
     * Whether {@code c} folds the same wherever it stands: not a surrogate or combining mark (which would
     * make {@link #fold} normalize the word), lower case of one character, and not of a script that goes
     * through ICU. Turkish İ is one too: its lower case is i and a combining dot above in every locale but
     * Turkish and Azeri, and {@link #fold} drops the dot (İstanbul is istanbul), so it needs neither the
     * general path nor its lower-casing of the whole word, which for İ is the JDK's slow special casing.
     */
    private static boolean isContextFree(char c) {
        if (c == 'İ') {
            return true;
        }
        if (c == 'ë' || c == 'Ë') {
            return false;
        }
        if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return false;
        }
        String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
        return lower.length() == 1 && !hasOtherScript(lower) && !hasMarks(lower);
    }

    /** Whether {@code folded} is ASCII, as everything {@link #fold} writes should be. */
    static boolean isAscii(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #fold} into {@code out} (at least {@link #MAX_EXPANSION} times the word's length; folded
     * words are ASCII) without building strings: returns the folded length, or {@link #GENERAL} when the
     * word has a character that needs the general path.
     */
    static int foldSimple(String word, byte[] out) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                out[n++] = (byte) (c | 0x20);
            } else if (c < SIMPLE_LIMIT && SIMPLE[c] != null) {
                byte[] folded = SIMPLE[c];
                for (byte f : folded) {
                    out[n++] = f;
                }
            } else {
                return GENERAL;
            }
        }
        return n;
    }

    /** True when the word is written in Latin letters (after folding it may still hold Cyrillic symbols). */
    static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 && Character.isLetter(c) && !Words.isApostrophe(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower case without the JDK's final-sigma rule: {@code toLowerCase} of a word with a capital Σ asks a word
     * BreakIterator whether the sigma ends a word, loading its resource bundle each time the cache has been
     * dropped; under memory pressure in the server that made building the exonym table take minutes inside a
     * publishing transaction (CI, stop 15). Keys do not tell σ from ς anyway: romanization makes both s.
     */
    static String lower(String text) {
        return (text.indexOf('\u03A3') >= 0 ? text.replace('\u03A3', '\u03C3') : text).toLowerCase(Locale.ROOT);
    }

    static String fold(String word) {
        if (isAsciiLetters(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String text = lower(hasMarks(word) ? Normalizer.normalize(word, Normalizer.Form.NFC) : word);
        if (hasOtherScript(text)) {
            // BGN/PCGN writes Armenian ջ as j, which is дж: spelled so, it meets Иджеван and Idzhevan.
            text = isArmenian(text) ? Romanization.ARMENIAN.romanize(text).toLowerCase(Locale.ROOT).replace("j", "dzh")
                    : Romanization.ANY.romanize(text).toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mapped = c < 'ß' ? null : c == 'ë' && isLast(text, i) ? "e"
                    : c >= 'а' && c <= 'ӿ' ? CYRILLIC.get(c) : LATIN.get(c);
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

    /**
     * Whether the letter at {@code i} ends its word. A final ë is the mute Albanian ë (Prishtinë is
     * Prishtine), not the Russian ё of Fëdorov.
     */
    private static boolean isLast(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (Character.isLetter(text.charAt(j))) {
                return false;
            }
        }
        return true;
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
        return out.toString();
    }

    /** Whether the text has an Armenian letter: Armenian is read in BGN/PCGN, not by Any-Latin ({@link Romanization#ARMENIAN}). */
    static boolean isArmenian(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x531 && c <= 0x58F) {
                return true;
            }
        }
        return false;
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
