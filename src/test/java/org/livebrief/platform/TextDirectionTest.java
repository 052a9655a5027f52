package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextDirectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"fa", "ps", "prs", "fa-AF", "ar", "ar-EG", "ur", "ug", "ckb", "yi", "he", "uz-Arab", "fa-IR",
            "sd", "az-Arab"})
    void languagesWrittenInArabicOrHebrewScriptRunRightToLeft(String tag) {
        assertThat(TextDirection.of(tag)).isEqualTo("rtl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "uk", "sr", "sr-Latn", "sr-Cyrl", "az", "az-Cyrl", "uz", "uz-Cyrl", "kk", "tg",
            "ka", "hy", "tt", "ba", "ce", "tk", "ug-Cyrl"})
    void languagesInLatinCyrillicGeorgianOrArmenianRunLeftToRight(String tag) {
        assertThat(TextDirection.of(tag)).isEqualTo("ltr");
    }

    @Test
    void dariIsPersianOfAfghanistanForFormatting() {
        assertThat(TextDirection.formattingLocale("prs").toLanguageTag()).isEqualTo("fa-AF");
    }
}
