package org.livebrief.briefing;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.livebrief.platform.ProblemException;

/**
 * The two-alphabet languages of the beat and the transform that reads each in its other script ({@code ?script=} on
 * the reader page and the feeds; issue #18, item 4). Why these transforms and not others: {@code docs/scripts.md}.
 * A language's own script is CLDR's likely script for its tag ({@code sr} is Cyrillic, {@code uz} and {@code az}
 * Latin), or the script subtag when the tag has one.
 */
public final class Scripts {

    /** The parameter on pages and feeds. */
    public static final String PARAMETER = "script";

    /**
     * One direction of one language: {@code transform} is an ICU system transform id, or {@code rules:} and a
     * classpath resource of ICU rules.
     */
    record Pair(String language, String from, String to, String transform) {

        private static final ConcurrentHashMap<String, Transliterator> COMPILED = new ConcurrentHashMap<>();

        String target() {
            return language + "-" + to;
        }

        /** Compiled once per transform; callers synchronize on it (ICU transliterators are not thread-safe). */
        Transliterator transliterator() {
            return COMPILED.computeIfAbsent(transform, id -> id.startsWith("rules:")
                    ? Transliterator.createFromRules(id, rules(id.substring("rules:".length())), Transliterator.FORWARD)
                    : Transliterator.getInstance(id));
        }
    }

    private static final String SERBIAN_LATIN = "Serbian-Latin/BGN";
    private static final String SERBIAN_CYRILLIC = "rules:scripts/sr-Latn-Cyrl.txt";

    static final List<Pair> PAIRS = List.of(
            new Pair("sr", "Cyrl", "Latn", SERBIAN_LATIN),
            new Pair("sr", "Latn", "Cyrl", SERBIAN_CYRILLIC),
            new Pair("cnr", "Cyrl", "Latn", SERBIAN_LATIN),
            new Pair("cnr", "Latn", "Cyrl", SERBIAN_CYRILLIC),
            new Pair("bs", "Cyrl", "Latn", SERBIAN_LATIN),
            new Pair("bs", "Latn", "Cyrl", SERBIAN_CYRILLIC),
            new Pair("uz", "Cyrl", "Latn", "uz_Cyrl-uz_Latn"),
            new Pair("kk", "Cyrl", "Latn", "Kazakh-Latin/BGN"),
            new Pair("az", "Cyrl", "Latn", "Azerbaijani-Latin/BGN"));

    private Scripts() {
    }

    /**
     * How a briefing in {@code language} reads in {@code script}: empty when no script is asked for or it is the
     * briefing's own; a 400 problem when the script is not an ISO 15924 code this language can be read in.
     */
    public static Optional<Transcript> of(String language, String script) {
        if (script == null) {
            return Optional.empty();
        }
        if (!script.matches("[A-Za-z]{4}")) {
            throw ProblemException.invalid(PARAMETER, "'" + script + "' is not an ISO 15924 script code (Latn, Cyrl)");
        }
        if (PAIRS.stream().noneMatch(p -> p.language().equals(ULocale.forLanguageTag(language).getLanguage()))) {
            throw ProblemException.invalid(PARAMETER, "A briefing in " + language + " is written in one script only;"
                    + " drop '?script='");
        }
        String wanted = script.substring(0, 1).toUpperCase(Locale.ROOT) + script.substring(1).toLowerCase(Locale.ROOT);
        ULocale tag = ULocale.forLanguageTag(language);
        String own = ownScript(language);
        if (wanted.equals(own)) {
            return Optional.empty();
        }
        return PAIRS.stream().filter(p -> p.language().equals(tag.getLanguage()) && p.from().equals(own) && p.to().equals(wanted))
                .findFirst().map(p -> new Transcript(p, ScriptNames.NONE))
                .or(() -> {
                    throw ProblemException.invalid(PARAMETER, "A briefing in " + language + " cannot be read in script '"
                            + script + "'" + others(tag.getLanguage(), own));
                });
    }

    /** The scripts a briefing in {@code language} can be switched to, for the page's links: empty for most languages. */
    public static List<String> targets(String language) {
        String base = ULocale.forLanguageTag(language).getLanguage();
        String own = ownScript(language);
        return PAIRS.stream().filter(p -> p.language().equals(base) && p.from().equals(own)).map(Pair::to).toList();
    }

    /** The script a briefing in {@code language} is written in: its script subtag, else CLDR's likely script. */
    public static String ownScript(String language) {
        ULocale tag = ULocale.forLanguageTag(language);
        if (!tag.getScript().isEmpty()) {
            return tag.getScript();
        }
        String likely = ULocale.addLikelySubtags(tag).getScript();
        // CLDR 44 has no likely script for Montenegrin; its press and government write Latin first.
        return likely.isEmpty() && tag.getLanguage().equals("cnr") ? "Latn" : likely;
    }

    private static String others(String base, String own) {
        String offered = PAIRS.stream().filter(p -> p.language().equals(base) && p.from().equals(own)).map(Pair::to)
                .collect(Collectors.joining(", "));
        return offered.isEmpty() ? " (it has no other script here)" : " (use " + offered + ")";
    }

    private static String rules(String resource) {
        try (InputStream in = Scripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing transliteration rules " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
