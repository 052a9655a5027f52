package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words with their UTF-16 offsets. A word is a run of letters and marks; apostrophes
 * (' ’ ʼ ʹ) and the zero-width non-joiner stay inside a word when letters follow; hyphens split words.
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
        int i = 0;
        while (i < text.length()) {
            if (!isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            while (i < text.length() && (isLetter(text.codePointAt(i)) || isJoiner(text, i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int end = withoutPossessive(text, start, i);
            words.add(new Word(text.substring(start, end), start, end));
        }
        return words;
    }

    static boolean isLetter(int codePoint) {
        return Character.isLetter(codePoint) && !isApostrophe(codePoint)
                || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == 'ʹ' || c == '`' || c == '´';
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
