package org.livebrief.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The chains Messages works out are kept, up to a bound, and the kept ones answer as a new one would. */
class MessagesMemoTest {

    @Test
    void aLocaleAskedForAgainGetsTheSameMessagesWithTheSameChain() {
        Locale serbianLatin = Locale.forLanguageTag("sr-Latn-RS");
        Messages first = Messages.forLocale(serbianLatin);
        assertSame(first, Messages.forLocale(serbianLatin));
        assertEquals(Locale.forLanguageTag("sr-Latn"), first.locale());
        // Never the Cyrillic bundle for a Latin request, kept or not.
        assertEquals(Messages.forLocale(Locale.forLanguageTag("sr-Latn")).get("briefing.byline.staff"),
                first.get("briefing.byline.staff"));
    }

    @Test
    void endlesslyManyRequestedLocalesDoNotGrowTheMemoPastItsBound() {
        for (int i = 0; i < Messages.MEMO_LIMIT + 200; i++) {
            // Made-up variants: what a client could send in Accept-Language by the thousand.
            Locale made = new Locale.Builder().setLanguage("uk").setVariant("x" + Integer.toString(i, 36) + "abcd").build();
            assertEquals(Locale.forLanguageTag("uk"), Messages.forLocale(made).locale());
        }
        assertTrue(Messages.memoized() <= Messages.MEMO_LIMIT, Messages.memoized() + " kept");
        assertEquals(Locale.ENGLISH, Messages.forLocale(Locale.forLanguageTag("zu")).locale(),
                "a language without a bundle reads English, memo full or not");
    }
}
