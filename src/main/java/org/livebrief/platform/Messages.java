package org.livebrief.platform;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI and reader-page strings from the {@code i18n/messages*.properties} bundles (UTF-8), formatted with ICU's
 * MessageFormat in the language's own digits and plural rules (issue #18, item 3).
 *
 * <p>A bundle is named by language, script and region as CLDR writes them ({@code messages_sr_Latn},
 * {@code messages_fa_AF}). A language looks a key up along a chain made from CLDR's likely subtags and never crosses
 * to another script: {@code sr-Latn} reads {@code sr_Latn}, then English, never the Cyrillic {@code sr_Cyrl};
 * {@code fa-AF} (and its alias {@code prs}, Dari) would read a {@code fa_AF} bundle first (there is none yet), then
 * {@code fa}, then English. A bare
 * {@code sr} is Cyrillic and {@code uz} Latin, as CLDR's likely scripts say. Keys missing in every bundle of the
 * chain (the editor's, in most languages) come from English, never from the server's default locale.
 */
public final class Messages {

    /** Bundles with the reader page and embed complete (the build check, TranslationsTest, holds them to it). */
    public static final List<String> BUNDLES = List.of("en", "uk", "ru", "be", "ka", "hy", "az", "kk", "uz_Latn",
            "uz_Cyrl", "ky", "tg", "tk", "ro", "sr_Cyrl", "sr_Latn", "bs", "mk", "sq", "bg", "lt", "lv", "et", "tt",
            "ba", "ce", "fa", "ps", "ar");
    /** The languages the editor offers for its own interface: complete there too. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"),
            Locale.forLanguageTag("ru"));

    private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

    /**
     * The chains worked out so far, by requested locale: working one out asks CLDR's likely subtags twice, which was
     * 1 % of the server's CPU while publishing (every answer with a byline asked). Requests name the locale
     * (Accept-Language, briefings' languages), so at most {@link #MEMO_LIMIT} are kept and any further one is worked
     * out each time.
     */
    private static final Map<Locale, Messages> MEMO = new ConcurrentHashMap<>();
    static final int MEMO_LIMIT = 512;

    private final Locale locale;
    private final List<Map<String, String>> chain;

    private Messages(Locale locale, List<Map<String, String>> chain) {
        this.locale = locale;
        this.chain = chain;
    }

    public static Messages forLocale(Locale locale) {
        Messages known = MEMO.get(locale);
        if (known != null) {
            return known;
        }
        Messages messages = workOut(locale);
        if (MEMO.size() < MEMO_LIMIT) {
            MEMO.putIfAbsent(locale, messages);
        }
        return messages;
    }

    static int memoized() {
        return MEMO.size();
    }

    private static Messages workOut(Locale locale) {
        List<String> names = chain(locale);
        List<Map<String, String>> chain = new ArrayList<>();
        names.forEach(name -> chain.add(bundle(name)));
        return new Messages(names.get(0).equals("en") ? Locale.ENGLISH : tagOf(names.get(0)), List.copyOf(chain));
    }

    public static Messages forLanguage(String languageTag) {
        return forLocale(Locale.forLanguageTag(languageTag));
    }

    /** The bundles a language reads, most specific first, ending in English. */
    static List<String> chain(Locale requested) {
        ULocale canonical = TextDirection.formattingLocale(requested.toLanguageTag());
        String language = canonical.getLanguage();
        List<String> names = new ArrayList<>();
        if (!language.isEmpty()) {
            ULocale likely = ULocale.addLikelySubtags(canonical);
            String script = likely.getScript();
            String region = canonical.getCountry();
            boolean defaultScript = script.equals(ULocale.addLikelySubtags(new ULocale(language)).getScript());
            List<String> candidates = new ArrayList<>();
            if (!region.isEmpty()) {
                candidates.add(language + "_" + script + "_" + region);
                if (defaultScript) {
                    candidates.add(language + "_" + region);
                }
            }
            candidates.add(language + "_" + script);
            if (defaultScript) {
                candidates.add(language);
            }
            candidates.stream().filter(Messages::exists).forEach(names::add);
        }
        if (!names.contains("en")) {
            names.add("en");
        }
        return names;
    }

    /** Which language of the bundles a request gets: the requested one when a bundle of its chain exists. */
    public static Locale supportedOrEnglish(Locale locale) {
        return forLocale(locale).locale();
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with arguments formatted by ICU's MessageFormat in the language's digits. */
    public String get(String key, Object... args) {
        String pattern = raw(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
    }

    /**
     * One of a plural family ({@code key.one}, {@code key.few} …) chosen by the language's CLDR plural rules, with
     * the count formatted as {0}.
     */
    public String plural(String key, long count) {
        String form = PluralRules.forLocale(ULocale.forLocale(locale)).select(count);
        String pattern = find(key + "." + form);
        return new MessageFormat(pattern == null ? raw(key + ".other") : pattern, ULocale.forLocale(locale))
                .format(new Object[] {count});
    }

    private String raw(String key) {
        String text = find(key);
        if (text == null) {
            throw new java.util.MissingResourceException("No message " + key, "i18n.messages", key);
        }
        return text;
    }

    private String find(String key) {
        for (Map<String, String> bundle : chain) {
            String text = bundle.get(key);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** Every key and its text along the chain, sorted by key: what the UI downloads. */
    public Map<String, String> all() {
        Map<String, String> all = new TreeMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            all.putAll(chain.get(i));
        }
        return all;
    }

    /** The same, with dots in keys turned into underscores, for templates that read dots as nesting. */
    public Map<String, String> forTemplates() {
        Map<String, String> flat = new LinkedHashMap<>();
        all().forEach((k, v) -> flat.put(k.replace('.', '_'), v));
        return flat;
    }

    /** One bundle's own keys (no fallback), by its file name's suffix ({@code sr_Latn}); empty when there is none. */
    public static Map<String, String> bundle(String name) {
        return LOADED.computeIfAbsent(name, Messages::load);
    }

    private static boolean exists(String name) {
        return !bundle(name).isEmpty();
    }

    private static Map<String, String> load(String name) {
        String path = "i18n/messages" + (name.equals("en") ? "" : "_" + name) + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Locale tagOf(String name) {
        return Locale.forLanguageTag(name.replace('_', '-'));
    }
}
