package org.livebrief.platform;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The UI and reader-page strings from the {@code i18n/messages*.properties} bundles (UTF-8). Unknown
 * languages fall back to English, never to the server's default locale.
 */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"),
            Locale.forLanguageTag("ru"));
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle("i18n.messages", supportedOrEnglish(locale),
                Messages.class.getClassLoader(), NO_JVM_FALLBACK));
    }

    public static Locale supportedOrEnglish(Locale locale) {
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** Every key and its text, sorted by key: what the UI downloads. */
    public Map<String, String> all() {
        Map<String, String> all = new TreeMap<>();
        bundle.keySet().forEach(k -> all.put(k, bundle.getString(k)));
        return all;
    }

    /** The same, with dots in keys turned into underscores, for templates that read dots as nesting. */
    public Map<String, String> forTemplates() {
        Map<String, String> flat = new LinkedHashMap<>();
        all().forEach((k, v) -> flat.put(k.replace('.', '_'), v));
        return flat;
    }
}
