package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words with their UTF-16 offsets. A word is a run of letters and marks; apostrophes
 * (' ’ ‘ ʼ ʹ; ‘ as Uzbek writes oʻ and gʻ) and the zero-width non-joiner stay inside a word when letters
 * follow; hyphens split words.
 * An English possessive ({@code Kyiv's}) is not part of the word.
 */
public final class Words {

    /** One word of a text: {@code text} is {@code source.substring(start, end)}. */
    public record Word(String text, int start, int end) {
    }

    private Words() {
    }

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int width = letterWidth(text, i);
            if (width == 0) {
                i += text.charAt(i) < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            i += width;
            while (i < length) {
                width = letterWidth(text, i);
                if (width == 0 && isJoiner(text, i)) {
                    width = 1;
                }
                if (width == 0) {
                    break;
                }
                i += width;
            }
            int end = withoutPossessive(text, start, i);
            words.add(new Word(text.substring(start, end), start, end));
        }
        return words;
    }

    /** The UTF-16 length of the letter at {@code i}, or 0 when there is none; ASCII without a table lookup. */
    private static int letterWidth(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            int lower = c | 0x20;
            return lower >= 'a' && lower <= 'z' ? 1 : 0;
        }
        int codePoint = text.codePointAt(i);
        return isLetter(codePoint) ? Character.charCount(codePoint) : 0;
    }

    static boolean isLetter(int codePoint) {
        if (codePoint < 0x80) {
            int lower = codePoint | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(codePoint) && !isApostrophe(codePoint)
                || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == 'ʹ' || c == '`' || c == '´';
    }

    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        boolean joiner = isApostrophe(c) || c == '\u200C';
        return joiner && i + 1 < text.length() && isLetter(text.codePointAt(i + 1));
    }

    private static int withoutPossessive(String text, int start, int end) {
        if (end - start > 3 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && isApostrophe(text.charAt(end - 2)) && text.charAt(end - 3) < 'ʰ') {
            return end - 2;
        }
        return end;
    }
}
