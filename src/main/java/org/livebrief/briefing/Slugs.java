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
        // NFC first: a decomposed é is e and a mark of no script, so only the composed one loses its accent.
        String letters = Normalizer.normalize(withoutLatinDiacritics(Normalizer.normalize(title, Normalizer.Form.NFC)),
                Normalizer.Form.NFC);
        String slug = SEPARATORS.matcher(letters.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int end = Character.isLowSurrogate(slug.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            slug = slug.substring(0, end).replaceAll("-+$", "");
        }
        return slug;
    }

    /** Strips accents from Latin letters only: folding й or ї would turn them into other letters. */
    private static String withoutLatinDiacritics(String original) {
        StringBuilder out = new StringBuilder();
        original.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            boolean latin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            out.append(latin ? COMBINING.matcher(Normalizer.normalize(ch, Normalizer.Form.NFD)).replaceAll("") : ch);
        });
        return out.toString();
    }

    static boolean isValid(String slug) {
        return slug != null && !slug.isEmpty() && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }
}
