package org.livebrief.briefing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A briefing's address segment. Letters of any script are kept (Cyrillic slugs are valid IRIs);
 * Latin letters lose their diacritics; everything else, modifier letters such as the apostrophe ʼ
 * included, becomes a single hyphen.
 */
final class Slugs {

    /** In UTF-16 units, as H2 counts the VARCHAR(120) slug column. */
    static final int MAX_LENGTH = 120;
    private static final Pattern VALID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}]+(?:-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    /** Whatever {@link #VALID} does not take: after lower-casing that includes modifier letters (ʼ, ー). */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Ll}\\p{Lo}\\p{Nd}]+");

    private Slugs() {
    }

    static String fromTitle(String title) {
        String letters = Normalizer.normalize(withoutLatinDiacritics(title), Normalizer.Form.NFC);
        String slug = SEPARATORS.matcher(letters.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int end = Character.isLowSurrogate(slug.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            slug = slug.substring(0, end).replaceAll("-+$", "");
        }
        return slug;
    }

    /**
     * Strips accents from Latin letters only: folding й or ї would turn them into other letters. Works on the
     * decomposed title, so a mark typed apart from its letter (e + U+0301) goes the same way as a composed é.
     */
    private static String withoutLatinDiacritics(String original) {
        String decomposed = Normalizer.normalize(original, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (COMBINING.matcher(Character.toString(cp)).matches()) {
                if (afterLatin) {
                    continue;
                }
            } else {
                afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    static boolean isValid(String slug) {
        return slug != null && !slug.isEmpty() && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }
}
