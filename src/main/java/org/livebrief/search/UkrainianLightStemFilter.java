package org.livebrief.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A light Ukrainian stemmer for ordinary words: strips the commonest noun and adjective case endings
 * (обстріли/обстрілів/обстрілами → обстріл). Lucene has no Ukrainian Snowball stemmer, and the
 * morfologik dictionary would add megabytes for a ranking gain. Expects lower-case input.
 */
final class UkrainianLightStemFilter extends TokenFilter {

    private static final String[] ENDINGS = {"ами", "ями", "ого", "ому", "ими", "ові", "еві", "ої", "ою", "ею",
        "ів", "их", "ім", "им", "ий", "ій", "ах", "ях", "ом", "ем", "а", "я", "у", "ю", "і", "и", "е", "о", "ь"};
    private static final int MIN_STEM = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    UkrainianLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            term.setLength(stemmedLength(term.buffer(), term.length()));
        }
        return true;
    }

    static int stemmedLength(char[] s, int length) {
        for (String ending : ENDINGS) {
            int n = ending.length();
            if (length - n >= MIN_STEM && endsWith(s, length, ending)) {
                return length - n;
            }
        }
        return length;
    }

    private static boolean endsWith(char[] s, int length, String ending) {
        int offset = length - ending.length();
        for (int i = 0; i < ending.length(); i++) {
            if (s[offset + i] != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
