package org.livebrief.names;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Romanization systems for the names of the beat: the national systems where the press uses them, BGN/PCGN,
 * and generic transforms. A system is ICU's (CLDR's transforms) or ICU rules of our own under
 * {@code names/} when ICU has none; {@code NationalSystemsTest} checks each against its official table and
 * {@code SystemsMatchTest} that what each writes shares a name key with the native spelling. A house style
 * names its system for a language ({@code "system": "be_national"}).
 *
 * <p>ICU transforms are slow and their instances are not thread-safe, so each system compiles its transform
 * once, uses it under a lock and remembers results per word (names repeat a lot).
 */
public enum Romanization {

    /** Ukraine's national system (KMU 2010), written as ICU rules in {@code names/kmu2010.txt}. */
    KMU2010(null, "names/kmu2010.txt"),
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
    ANY("Any-Latin"),
    /** Belarus's national system of 2007 (UN-adopted): Viciebsk, Mahilioŭ, Homieĺ. */
    BE_NATIONAL(null, "names/systems/be-national.txt"),
    /** Belarusian Łacinka, the classical Latin alphabet: Łukašenka, Mahiloŭ, Biełaruś. */
    BE_LACINKA(null, "names/systems/be-lacinka.txt"),
    /** BGN/PCGN 1979 for Belarusian. */
    BGN_BE("Belarusian-Latin/BGN"),
    /** Kazakhstan's Latin alphabet of 2021: Qazaqstan, Şymkent, Öskemen. */
    KK_LATIN_2021(null, "names/systems/kk-latin-2021.txt"),
    /** BGN/PCGN 1979 for Kazakh. */
    BGN_KK("Kazakh-Latin/BGN"),
    /** Uzbekistan's Latin alphabet (1995), CLDR's transform: Oʻzbekiston, Toshkent, Fargʻona. */
    UZ_LATIN("uz_Cyrl-uz_Latn"),
    /** Georgia's national system of 2002, which BGN/PCGN adopted in 2009: Tbilisi, Ch’iatura. */
    KA_NATIONAL("Georgian-Latin/BGN"),
    /** Bulgaria's streamlined system (Transliteration Act 2009; BGN/PCGN and the UN since 2013): Tarnovo, Sofia. */
    BG_STREAMLINED(null, "names/systems/bg-streamlined.txt"),
    /** BGN/PCGN for Macedonian. */
    BGN_MK("Macedonian-Latin/BGN"),
    /** BGN/PCGN for Serbian: the Serbian Latin alphabet. */
    BGN_SR("Serbian-Latin/BGN"),
    /** BGN/PCGN for Kyrgyz. */
    BGN_KY("Kirghiz-Latin/BGN"),
    /** BGN/PCGN for Azerbaijani Cyrillic: the Azerbaijani Latin alphabet. */
    BGN_AZ("az_Cyrl-az/BGN");

    private static final int CACHE_LIMIT = 50_000;

    private final String icuId;
    private final String rules;
    private Transliterator transliterator;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Romanization(String icuId) {
        this(icuId, null);
    }

    Romanization(String icuId, String rules) {
        this.icuId = icuId;
        this.rules = rules;
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
                    ? Transliterator.createFromRules(name(), rules(rules), Transliterator.FORWARD)
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
