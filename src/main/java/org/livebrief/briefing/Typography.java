package org.livebrief.briefing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a minor fix of a published entry may change: typography only. Two bodies differ only in typography when
 * their texts read as the same tokens in the same order and they have the same link targets. A token is a word (a
 * run of letters, digits and combining marks; letter case counts: "us" is not "US") or one mark of punctuation or
 * a symbol, so a sign, a decimal point, a question mark or a superscript is as much part of the meaning as a word:
 * "+12%" is not "-12%", "2.000" is not "2,000", "Russia?" is not "Russia.", "1⁰⁰" is not "100". What may differ:
 * the style of quotes and apostrophes (straight, curly, guillemets, U+02BC), of dashes and minus signs (hyphen,
 * en and em dash, U+2212), spaces (any width, no-break, around punctuation, between paragraphs), invisible format
 * characters (soft hyphens, zero-width and direction marks), "…" for "...", typographic ligatures and full-width
 * forms, and emphasis. Anything else is a change of meaning: a visible correction with a note, or approval again.
 */
final class Typography {

    private Typography() {
    }

    /** True when {@code after} differs from {@code before} (sanitized HTML) in typography alone. */
    static boolean onlyTypographyChanged(String before, String after) {
        Document a = Jsoup.parseBodyFragment(before);
        Document b = Jsoup.parseBodyFragment(after);
        return tokens(a.text()).equals(tokens(b.text())) && links(a).equals(links(b));
    }

    /** The tokens of a text, with typographic variants of a mark read as one (see the class comment). */
    static List<String> tokens(String text) {
        String normal = typographic(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        normal.codePoints().forEach(cp -> {
            if (isWordPart(cp)) {
                word.appendCodePoint(cp);
                return;
            }
            if (!word.isEmpty()) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (!isInvisible(cp)) {
                tokens.add(mark(cp));
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** Ligatures and full-width forms as their letters, the ellipsis as three full stops. */
    private static String typographic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0xFB00 && cp <= 0xFB06) {
                out.append(Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC));
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                out.appendCodePoint(cp - 0xFEE0);
            } else if (cp == 0x2026) {
                out.append("...");
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** One spelling for every style of quote and apostrophe, and for every dash and minus sign. */
    private static String mark(int cp) {
        return switch (cp) {
            case '"', '\'', '`', 0x00B4, 0x00AB, 0x00BB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
                 0x2039, 0x203A, 0x2032, 0x2033, 0x02BC, 0x02B9, 0x02BB, 0x02BD, 0x300C, 0x300D -> "'";
            case '-', 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0xFE58, 0xFE63 -> "-";
            default -> Character.toString(cp);
        };
    }

    /** White space of any width and format characters (soft hyphen, zero-width joiners and spaces, bidi marks). */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT;
    }

    private static boolean isWordPart(int cp) {
        if (cp == 0x02BC || cp == 0x02B9 || cp == 0x02BB || cp == 0x02BD) {
            return false; // apostrophes that Unicode calls letters: it's, it’s and itʼs read alike
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static List<String> links(Document document) {
        return document.select("a[href]").stream().map(a -> a.attr("href")).toList();
    }
}
