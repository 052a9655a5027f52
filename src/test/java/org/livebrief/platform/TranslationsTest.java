package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build's translation check (issue #18, item 3). The list of keys comes from the English bundle, so a key added
 * there is caught here in every language: every bundle of {@link Messages#BUNDLES} has every reader-page and embed key
 * (all but {@code editor.*}), and every plural family ({@code key.one} … {@code key.other}) in every form its
 * language's CLDR rules use (Arabic's six, Russian's four, Tatar's one); the editor's languages have every key. Every
 * pattern parses as an ICU MessageFormat and keeps English's placeholders.
 */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Map<String, String> ENGLISH = Messages.bundle("en");
    private static final Pattern PLURAL_FORM = Pattern.compile("(.+)\\.(zero|one|two|few|many|other)");
    /** Plural families: the English keys with {@code .one} and {@code .other} forms, without the suffix. */
    private static final Set<String> FAMILIES = ENGLISH.keySet().stream().filter(k -> k.endsWith(".other"))
            .map(k -> k.substring(0, k.length() - ".other".length())).filter(f -> ENGLISH.containsKey(f + ".one"))
            .collect(Collectors.toCollection(TreeSet::new));
    /** Names of formats and the product, the same in every language. */
    private static final Set<String> NAMES = Set.of("common.appName", "feeds.link.atom", "feeds.link.rss", "feeds.link.json");

    static Stream<String> bundles() {
        return Messages.BUNDLES.stream().filter(b -> !b.equals("en"));
    }

    private static boolean isReaderKey(String key) {
        return !key.startsWith("editor.");
    }

    private static String family(String key) {
        Matcher m = PLURAL_FORM.matcher(key);
        return m.matches() && FAMILIES.contains(m.group(1)) ? m.group(1) : null;
    }

    private static ULocale locale(String bundle) {
        return ULocale.forLanguageTag(bundle.replace('_', '-'));
    }

    private static boolean required(String bundle, String key) {
        return isReaderKey(key) || Messages.SUPPORTED.stream().anyMatch(l -> l.toLanguageTag().equals(bundle));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyBundleHasEveryReaderKeyOfTheEnglishBundleWithItsPlaceholders(String bundle) {
        Map<String, String> translated = Messages.bundle(bundle);
        assertThat(translated).as(bundle + ": no file i18n/messages_" + bundle + ".properties").isNotEmpty();
        Set<String> missing = new TreeSet<>();
        ENGLISH.forEach((key, english) -> {
            if (!required(bundle, key) || family(key) != null) {
                return;
            }
            String text = translated.get(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            } else {
                assertThat(placeholders(text)).as(bundle + " " + key).isEqualTo(placeholders(english));
            }
        });
        assertThat(missing).as(bundle + " lacks these keys of messages.properties").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyPluralFamilyHasEveryFormTheLanguagesClDrRulesUse(String bundle) {
        Map<String, String> translated = Messages.bundle(bundle);
        Set<String> forms = PluralRules.forLocale(locale(bundle)).getKeywords();
        Set<String> missing = new TreeSet<>();
        for (String family : FAMILIES) {
            if (!required(bundle, family + ".other")) {
                continue;
            }
            for (String form : forms) {
                String text = translated.get(family + "." + form);
                if (text == null || text.isBlank()) {
                    missing.add(family + "." + form);
                } else {
                    // A form may spell its number out (Arabic "تحديثان جديدان" for two), never add a placeholder.
                    assertThat(placeholders(ENGLISH.get(family + ".other"))).as(bundle + " " + family + "." + form)
                            .containsAll(placeholders(text));
                }
            }
        }
        assertThat(missing).as(bundle + " (CLDR forms " + forms + ")").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noBundleHasKeysTheEnglishOneDoesNotKnow(String bundle) {
        Set<String> unknown = Messages.bundle(bundle).keySet().stream()
                .filter(k -> !ENGLISH.containsKey(k) && family(k) == null).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unknown).as(bundle).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "uk", "ru", "be", "ka", "hy", "az", "kk", "uz_Latn", "uz_Cyrl", "ky", "tg", "tk", "ro",
            "sr_Cyrl", "sr_Latn", "bs", "mk", "sq", "bg", "lt", "lv", "et", "tt", "ba", "ce", "fa", "ps", "ar"})
    void everyPatternParsesAsAnIcuMessageFormat(String bundle) {
        assertThat(Messages.BUNDLES).contains(bundle);
        Messages.bundle(bundle).forEach((key, text) -> assertThatCode(() -> new MessageFormat(text, locale(bundle)))
                .as(bundle + " " + key).doesNotThrowAnyException());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void translationsAreNotEnglishCopies(String bundle) {
        Map<String, String> translated = Messages.bundle(bundle);
        Set<String> copied = ENGLISH.entrySet().stream()
                .filter(e -> !NAMES.contains(e.getKey()) && e.getValue().equals(translated.get(e.getKey())))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(copied).as(bundle).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"sr-Latn, sr_Latn", "sr-Cyrl, sr_Cyrl", "sr, sr_Cyrl", "sr-RS, sr_Cyrl", "sr-Latn-RS, sr_Latn",
            "uz, uz_Latn", "uz-Latn, uz_Latn", "uz-Cyrl, uz_Cyrl", "az, az", "kk, kk", "prs, fa", "fa-AF, fa",
            "uk, uk", "be, be", "ce, ce", "de, en"})
    void eachLanguageReadsItsOwnBundleFirst(String tag, String first) {
        assertThat(Messages.chain(Locale.forLanguageTag(tag))).first().isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sr-Latn", "uz-Cyrl", "az-Cyrl", "kk-Latn", "uz-Arab", "tt-Latn"})
    void aLanguageInAnotherScriptNeverFallsBackToTheOtherScriptsText(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String script = locale.getScript();
        for (String bundle : Messages.chain(locale)) {
            String bundleScript = com.ibm.icu.util.ULocale.addLikelySubtags(locale(bundle)).getScript();
            assertThat(bundle.equals("en") || bundleScript.equals(script)).as(tag + " reads " + bundle).isTrue();
        }
        String keyEvents = Messages.forLocale(locale).get("briefing.page.keyEvents");
        if (Messages.chain(locale).get(0).equals("en")) {
            assertThat(keyEvents).isEqualTo("Key events");
        } else if (script.equals("Latn")) {
            assertThat(keyEvents).doesNotContainPattern("\\p{IsCyrillic}");
        } else if (script.equals("Cyrl")) {
            assertThat(keyEvents).doesNotContainPattern("\\p{IsLatin}");
        }
    }

    @Test
    void keysMissingInALanguageComeFromEnglishNotFromTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertThat(Messages.forLocale(Locale.FRENCH).get("briefing.page.keyEvents")).isEqualTo("Key events");
            // The editor is not translated into Persian: its keys read English, the reader page's Persian.
            Messages persian = Messages.forLanguage("fa");
            assertThat(persian.get("editor.signin.submit")).isEqualTo("Sign in");
            assertThat(persian.get("briefing.page.keyEvents")).isEqualTo("رویدادهای مهم");
            assertThat(persian.locale().toLanguageTag()).isEqualTo("fa");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFormatted() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("briefing.page.by", "Iryna")).isEqualTo("By Iryna");
    }

    @ParameterizedTest
    @CsvSource({"ru, 1, 1 новое обновление", "ru, 3, 3 новых обновления", "ru, 5, 5 новых обновлений",
            "ru, 21, 21 новое обновление", "uk, 2, 2 нові оновлення", "be, 11, 11 новых абнаўленняў",
            "ar, 2, تحديثان جديدان", "ar, 3, ٣ تحديثات جديدة", "ar, 11, ١١ تحديثًا جديدًا", "ar, 100, ١٠٠ تحديث جديد",
            "fa, 3, ۳ خبر تازه", "lt, 12, 12 naujų pranešimų", "sr-Latn, 3, 3 nove vesti", "en, 1, 1 new update"})
    void pluralFormsFollowClDrWithTheLanguagesDigits(String tag, long count, String expected) {
        assertThat(Messages.forLanguage(tag).plural("live.notice.newUpdates", count)).isEqualTo(expected);
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
