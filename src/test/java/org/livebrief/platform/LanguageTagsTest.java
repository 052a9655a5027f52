package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which well-formed BCP 47 tags name a real language, script and region (Debian iso-codes' lists). */
class LanguageTagsTest {

    static Locale tag(String tag) {
        return new Locale.Builder().setLanguageTag(tag).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "be", "ka", "hy", "fa-AF", "prs", "ps", "sr-Latn", "sr-Cyrl-RS", "uz-Cyrl", "crh",
        "ce", "os", "ab", "tt", "ba", "ckb", "cnr", "qaa", "qqq", "en-419", "sq-XK", "EN", "de-CH-1996"})
    void theBeatsLanguagesAreKnown(String tag) {
        assertThat(LanguageTags.unknown(tag(tag))).as(tag).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            xx        | 'xx' is not an ISO 639 language code
            qzz       | 'qzz' is not an ISO 639 language code
            abcde     | 'abcde' is not an ISO 639 language code
            sr-Xyzw   | 'Xyzw' is not an ISO 15924 script code
            en-ZZ     | 'ZZ' is not an ISO 3166-1 region code
            """)
    void othersAreRefusedWithTheSubtagNamed(String tag, String reason) {
        assertThat(LanguageTags.unknown(tag(tag))).as(tag).contains(reason);
    }
}
