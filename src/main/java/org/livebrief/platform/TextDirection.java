package org.livebrief.platform;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Which way a language's text runs, from its script in CLDR's likely-subtags data through ICU (never a list of
 * languages kept here): {@code fa}, {@code ps}, {@code prs}, {@code ar}, {@code ur}, {@code ug}, {@code ckb},
 * {@code yi}, {@code he}, {@code uz-Arab} are right to left, {@code ru}, {@code sr-Latn}, {@code az-Cyrl} left to
 * right. Tags are canonicalised first, so an alias such as {@code prs} (Dari) reads as CLDR's {@code fa-AF}.
 */
public final class TextDirection {

    private TextDirection() {
    }

    /** The locale ICU formats a language tag with: canonical (prs → fa-AF, iw → he, mo → ro), never null. */
    public static ULocale formattingLocale(String languageTag) {
        return ULocale.createCanonical(ULocale.forLanguageTag(languageTag == null ? "" : languageTag));
    }

    public static boolean isRightToLeft(String languageTag) {
        return formattingLocale(languageTag).isRightToLeft();
    }

    public static boolean isRightToLeft(Locale locale) {
        return isRightToLeft(locale.toLanguageTag());
    }

    /** The HTML {@code dir} value: {@code rtl} or {@code ltr}. */
    public static String of(String languageTag) {
        return isRightToLeft(languageTag) ? "rtl" : "ltr";
    }

    public static String of(Locale locale) {
        return of(locale.toLanguageTag());
    }
}
