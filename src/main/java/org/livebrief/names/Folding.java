package org.livebrief.names;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first step of name-key analysis: one word, any script, to lower-case Latin letters.
 *
 * <p>Cyrillic is mapped letter by letter straight to the skeleton alphabet of {@link NameKeys} (upper-case
 * symbols such as {@code Z} for ж), not through a romanization system: every system's spelling of a
 * letter ends up on the same symbol anyway, and a table lookup is much cheaper than an ICU transform.
 * Й stays a letter of its own here; folding diacritics first would turn it into и. Latin letters that are
 * one Cyrillic letter in every alphabet that has them (ž š č ç ş ț) go straight to its symbol, as Cyrillic
 * does: as the digraphs zh sh ch they were read again by the spelling conventions, so č in a Belarusian or
 * Czech word that also had ch (х) became х under the Polish reading, and s + ž (сж) became sz + h. Other letters
 * with a meaning of their own (ł, ß, ø …) become their usual spelling; other marks are dropped. Armenian goes
 * through BGN/PCGN first (the press's spelling), other scripts through ICU's Any-Latin.
 *
 * <p>Every letter folds to something: a Latin or Cyrillic letter that neither table lists and that has no
 * decomposition (Tatar җ, Uzbek and Tajik ҳ, Chuvash ҫ, Yakut ҕ, Maltese ħ, the ŋ ɛ ɔ of African alphabets …) is
 * read by its Unicode name ({@link #byName}), so a name in an alphabet no one listed loses no letter;
 * {@code FoldingAlphabetsTest} checks the letters of every locale CLDR knows. Uzbek oʻ is ў, which folds as u
 * ({@link #isUzbekO}) as Belarusian ў does (the press's Mahilyou, Barysau; BGN/PCGN's w, Mahilyow, is left to the
 * fuzzy match: reading w after a vowel as u cost a held-out name). Bulgarian ъ before a consonant is the vowel a
 * ({@link #isBulgarianVowel}); Serbian љ њ are lj nj (li ni); ISO 9 ŝ is щ.
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
            Map.entry('һ', "H"), Map.entry('ј', "i"), Map.entry('љ', "li"), Map.entry('њ', "ni"), Map.entry('ћ', "C"),
            Map.entry('ђ', "Z"), Map.entry('џ', "Z"), Map.entry('ѓ', "H"), Map.entry('ќ', "k"), Map.entry('ѕ', "dz"),
            // Letters whose Unicode name gives the wrong base ({@link #byName}): Tajik ҷ and Azerbaijani ҹ are
            // дж (BGN j, Azerbaijani Latin c), Azerbaijani ҝ is г (Latin g), Ossetian ӕ is a in English.
            Map.entry('ҷ', "Z"), Map.entry('ҹ', "Z"), Map.entry('ҝ', "H"), Map.entry('ӕ', "a"),
            // Letters of the spellings before 1918 and 1945 (historical names): yat, fita, izhitsa, the yuses.
            Map.entry('ѣ', "e"), Map.entry('ѳ', "f"), Map.entry('ѵ', "i"), Map.entry('ѫ', "a"), Map.entry('ѧ', "ia"));

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ž', "Z"), Map.entry('ż', "Z"), Map.entry('ź', "z"), Map.entry('š', "S"), Map.entry('ś', "s"),
            Map.entry('č', "C"), Map.entry('ć', "C"), Map.entry('ç', "C"), Map.entry('ş', "S"), Map.entry('ș', "S"),
            Map.entry('ț', "T"), Map.entry('ğ', "g"), Map.entry('ı', "i"), Map.entry('ł', "l"), Map.entry('ß', "ss"),
            Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('đ', "Z"), Map.entry('ð', "d"),
            Map.entry('þ', "th"), Map.entry('ë', "io"), Map.entry('â', "ia"), Map.entry('û', "iu"), Map.entry('ê', "ie"),
            Map.entry('ŭ', "u"), Map.entry('ř', "rZ"), Map.entry('ñ', "n"), Map.entry('ŝ', "Q"),
            // Azerbaijani ə: a in English spellings (Əliyev is Aliyev, Gəncə is Ganja).
            Map.entry('ə', "a"));

    /**
     * Latin letters named by a word rather than a letter, as their usual romanization ({@link #byName}); declared
     * before {@link #SIMPLE}, whose initialiser uses it.
     */
    private static final Map<String, String> LATIN_NAMED = Map.of(
            "ENG", "n", "GAMMA", "g", "IOTA", "i", "UPSILON", "u", "ALPHA", "a", "SCHWA", "a", "ESH", "sh", "EZH", "zh",
            "KRA", "k");

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
        if ("ëËъЪşŞ".indexOf(c) >= 0) {
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
                // Only a sign (folded to nothing) can make the o before it Uzbek oʻ.
                if (folded.length == 0 && n > 0 && isUzbekO(word, i)) {
                    out[n - 1] = 'u';
                }
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
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.COMMON) {
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
        String normalized = hasMarks(word) ? Normalizer.normalize(word, Normalizer.Form.NFC) : word;
        String text = lower(normalized);
        if (hasOtherScript(text)) {
            // BGN/PCGN writes Armenian ջ as j, which is дж: spelled so, it meets Иджеван and Idzhevan.
            text = isArmenian(text) ? Romanization.ARMENIAN.romanize(text).toLowerCase(Locale.ROOT).replace("j", "dzh")
                    : Romanization.ANY.romanize(text).toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mapped = c < 'ß' ? null : c == 'ë' && isLast(text, i) ? "e" : c == 'ъ' && isBulgarianVowel(text, i) ? "a"
                    : c >= 'а' && c <= 'ӿ' ? CYRILLIC.get(c) : LATIN.get(c);
            if (c == 'ş' && i + 1 < text.length() && text.charAt(i + 1) == 'ş') {
                // Kazakh Latin writes щ as şş (Şşuçinsk is Щучинск).
                out.append('Q');
                i++;
            } else if (mapped != null) {
                out.append(mapped);
            } else if (c == 'o' && text.length() == normalized.length() && isUzbekO(normalized, i + 1)) {
                out.append('u');
            } else if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (Character.isLetter(c) && !Words.isApostrophe(c)) {
                out.append(plain(c));
            }
        }
        return out.toString();
    }

    /**
     * Whether the ъ at {@code i} is the Bulgarian vowel (Търново is Tarnovo): a consonant follows. The Russian
     * hard sign stands before a vowel (подъезд), and before 1918 at the end of a word.
     */
    static boolean isBulgarianVowel(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        int at = i + 1;
        while (at + 1 < text.length() && Character.getType(text.charAt(at)) == Character.NON_SPACING_MARK) {
            at++;
        }
        char next = text.charAt(at);
        return next >= 'а' && next <= 'я' && "аеиоуыэюяйьъ".indexOf(next) < 0;
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
        if (out.isEmpty()) {
            // Superscript and ordinal letters (ʰ ⁿ ª) are their letter by compatibility.
            String compatible = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
            return compatible.length() == 1 && compatible.charAt(0) >= 'a' && compatible.charAt(0) <= 'z' ? compatible
                    : byName(c);
        }
        return out.toString();
    }

    /**
     * A Latin or Cyrillic letter that has no decomposition, read by its Unicode name: the base letter the name
     * gives (CYRILLIC SMALL LETTER HA WITH DESCENDER is х, LATIN SMALL LETTER H WITH STROKE is h, LATIN SMALL
     * LETTER OPEN O is o), the letters of a ligature or digraph in order (Yakut ҥ is нг, ʦ ts), or nothing for
     * a sign that is no sound (clicks, the glottal stop, the palochka). Called once per character when {@link #SIMPLE} is built.
     */
    static String byName(char c) {
        String name = Character.getName(c);
        boolean cyrillic = name != null && name.startsWith("CYRILLIC ");
        if (name == null || !cyrillic && !name.startsWith("LATIN ")) {
            return "";
        }
        int with = name.indexOf(" WITH ");
        List<String> words = List.of((with < 0 ? name : name.substring(0, with)).split(" "));
        int ligature = words.indexOf("LIGATURE");
        int from = ligature >= 0 ? ligature + 1 : words.indexOf("LETTER") + 1;
        StringBuilder out = new StringBuilder(2);
        if (cyrillic) {
            // BASHKIR KA, ABKHASIAN CHE: the base is the last word; a ligature (EN GHE) is every word after it.
            for (int i = ligature >= 0 ? from : words.size() - 1; i >= from && i < words.size(); i++) {
                String mapped = null;
                try {
                    mapped = CYRILLIC.get((char) Character.codePointOf("CYRILLIC SMALL LETTER " + words.get(i)));
                } catch (IllegalArgumentException notALetter) {
                    // a word of the name that is no letter's name (SEMISOFT SIGN, PALOCHKA)
                }
                if (mapped == null) {
                    return "";
                }
                out.append(mapped);
            }
            return out.toString();
        }
        for (int i = from; i > 0 && i < words.size(); i++) {
            String word = words.get(i);
            boolean digraph = i + 1 < words.size() && words.get(i + 1).equals("DIGRAPH");
            if ((ligature >= 0 || digraph) && word.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
                out.append(word.toLowerCase(Locale.ROOT));
                if (digraph) {
                    return out.toString();
                }
            } else if (word.length() == 1 && word.charAt(0) >= 'A' && word.charAt(0) <= 'Z') {
                return String.valueOf((char) (word.charAt(0) | 0x20));
            } else if (LATIN_NAMED.containsKey(word)) {
                return LATIN_NAMED.get(word);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code word} has at {@code at} the sign of Uzbek oʻ (Cyrillic ў) after a Latin o: the turned comma
     * ʻ or, as it is often typed, ‘ ' ’ ʼ or `, followed by a lower-case letter (O'Neill has a capital there);
     * at the end of a word only ʻ, a letter (an apostrophe there is not part of the word).
     */
    static boolean isUzbekO(String word, int at) {
        if (at < 1 || at >= word.length() || (word.charAt(at - 1) | 0x20) != 'o') {
            return false;
        }
        char sign = word.charAt(at);
        if (at + 1 == word.length()) {
            return sign == 'ʻ';
        }
        return (sign == 'ʻ' || sign == '‘' || Words.isApostrophe(sign)) && Character.isLowerCase(word.charAt(at + 1));
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
