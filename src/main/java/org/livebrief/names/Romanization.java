package org.livebrief.names;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Romanization systems for Cyrillic names. ICU transforms are slow and their instances are not
 * thread-safe, so each system compiles its transform once, uses it under a lock and remembers results
 * per word (names repeat a lot).
 */
public enum Romanization {

    /** Ukraine's national system (KMU 2010), written as ICU rules in {@code names/kmu2010.txt}. */
    KMU2010(null),
    /** BGN/PCGN 1965 for Ukrainian. */
    BGN_UK("Ukrainian-Latin/BGN"),
    /**
     * BGN/PCGN 1947 for Russian. ICU's transform leaves Ukrainian і ї є ґ in Cyrillic, so those letters
     * are first written as the Russian letters that BGN romanizes the same way.
     */
    BGN_RU("Russian-Latin/BGN"),
    /** The scholarly (ISO 9 style) transliteration, ICU's {@code Cyrillic-Latin}. */
    SCHOLARLY("Cyrillic-Latin"),
    /**
     * Armenian in BGN/PCGN, as the press writes Armenian names (Vanadzor, Ijevan, Gyumri). ICU's Any-Latin reads
     * Armenian by ISO 9985, whose j is ձ and ǰ is ջ (Vanajor, Iǰevan): keys that miss every press spelling.
     */
    ARMENIAN("Armenian-Latin/BGN"),
    /** Any other script (Greek, Arabic, Georgian …) to Latin, for matching only. */
    ANY("Any-Latin");

    private static final int CACHE_LIMIT = 50_000;

    private final String icuId;
    private Transliterator transliterator;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Romanization(String icuId) {
        this.icuId = icuId;
    }

    /** {@code text} in Latin letters; text without letters of the source script comes back unchanged. */
    public String romanize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String known = cache.get(text);
        if (known != null) {
            return known;
        }
        String result = transform(text);
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(text, result);
        return result;
    }

    private synchronized String transform(String text) {
        if (transliterator == null) {
            transliterator = icuId == null
                    ? Transliterator.createFromRules("uk-Latn-KMU2010", rules("names/kmu2010.txt"), Transliterator.FORWARD)
                    : Transliterator.getInstance(icuId);
        }
        return transliterator.transliterate(this == BGN_RU ? asRussianLetters(text) : text);
    }

    private static String asRussianLetters(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'і' -> out.append('и');
                case 'І' -> out.append('И');
                case 'ї' -> out.append("йи");
                case 'Ї' -> out.append("Йи");
                case 'є' -> out.append('е');
                case 'Є' -> out.append('Е');
                case 'ґ' -> out.append('г');
                case 'Ґ' -> out.append('Г');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String rules(String resource) {
        try (InputStream in = Romanization.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing transliteration rules " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
