package org.livebrief.briefing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a minor fix of a published entry may change: typography only. Two bodies differ only in typography
 * when they have the same words in the same order and the same link targets; quotes, apostrophes, dashes,
 * spaces, punctuation and emphasis may differ; letter case may not ("us" is not "US"). A changed,
 * added or removed word — a number, a name, a "not" — is a change of meaning: a visible correction with a
 * note, or approval again.
 */
final class Typography {

    private Typography() {
    }

    /** True when {@code after} differs from {@code before} (sanitized HTML) in typography alone. */
    static boolean onlyTypographyChanged(String before, String after) {
        Document a = Jsoup.parseBodyFragment(before);
        Document b = Jsoup.parseBodyFragment(after);
        return words(a.text()).equals(words(b.text())) && links(a).equals(links(b));
    }

    /**
     * The words of a text after compatibility normalisation (NFKC: ligatures, full-width forms, no-break
     * spaces): runs of letters, digits and combining marks. Apostrophes of every style separate words, so
     * {@code it's}, {@code it’s} and {@code itʼs} (U+02BC, a letter in Unicode, usual in Ukrainian) read alike.
     */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        normal.codePoints().forEach(cp -> {
            if (isWordPart(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isWordPart(int cp) {
        if (cp == 0x02BC || cp == 0x02B9 || cp == 0x02BB || cp == 0x02BD) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static List<String> links(Document document) {
        return document.select("a[href]").stream().map(a -> a.attr("href")).toList();
    }
}
