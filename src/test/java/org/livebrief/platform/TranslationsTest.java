package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every locale has every key of the English bundle, with the same placeholders. */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Map<String, String> ENGLISH = Messages.forLocale(Locale.ENGLISH).all();

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ru"})
    void localeHasEveryKeyWithTheSamePlaceholders(String language) {
        Map<String, String> translated = Messages.forLocale(Locale.forLanguageTag(language)).all();
        assertThat(translated.keySet()).containsExactlyInAnyOrderElementsOf(ENGLISH.keySet());
        ENGLISH.forEach((key, english) -> {
            assertThat(placeholders(translated.get(key))).as(language + " " + key).isEqualTo(placeholders(english));
            assertThat(translated.get(key)).as(language + " " + key).isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ru"})
    void translationsAreNotEnglishCopies(String language) {
        Map<String, String> translated = Messages.forLocale(Locale.forLanguageTag(language)).all();
        long copied = ENGLISH.entrySet().stream()
                .filter(e -> !e.getKey().equals("common.appName"))
                .filter(e -> e.getValue().equals(translated.get(e.getKey()))).count();
        assertThat(copied).isZero();
    }

    @Test
    void unsupportedLanguagesFallBackToEnglishNotToTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertThat(Messages.forLocale(Locale.FRENCH).get("briefing.page.keyEvents")).isEqualTo("Key events");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFormatted() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("briefing.page.by", "Iryna")).isEqualTo("By Iryna");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
