package org.livebrief.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which BCP 47 language tags name a real language: the language subtag is an ISO 639 code (any of the
 * 8,000 of ISO 639-3 with the two-letter 639-1 codes, or a 639-2/639-5 collective code) or private use
 * (qaa–qtz); a script subtag is an ISO 15924 code; a region an ISO 3166-1 code, XK (Kosovo, as CLDR uses
 * it) or a UN M49 number. The lists come from Debian's iso-codes ({@code names/language-subtags.txt},
 * rebuilt by {@code src/main/scripts/language-subtags.py}). Well-formed tags of unknown languages ("xx",
 * "qzz", "en-Xxxx") are refused with a reason (qaa–qtz are private use and accepted), so a typo never becomes a language of its own.
 * In {@code platform} since issue #18: names, briefings and the message bundles all refuse unknown tags.
 */
public final class LanguageTags {

    private static final Set<String> LANGUAGES = new HashSet<>();
    private static final Set<String> SCRIPTS = new HashSet<>();
    private static final Set<String> REGIONS = new HashSet<>();

    static {
        try (InputStream in = LanguageTags.class.getClassLoader().getResourceAsStream("names/language-subtags.txt")) {
            if (in == null) {
                throw new IllegalStateException("Missing names/language-subtags.txt");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.length() > 2 && line.charAt(1) == ' ') {
                    String code = line.substring(2).strip();
                    switch (line.charAt(0)) {
                        case 'l' -> LANGUAGES.add(code.toLowerCase(Locale.ROOT));
                        case 's' -> SCRIPTS.add(code.toLowerCase(Locale.ROOT));
                        case 'r' -> REGIONS.add(code.toLowerCase(Locale.ROOT));
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        REGIONS.add("xk");
    }

    private LanguageTags() {
    }

    /** Why a well-formed tag names no known language, script or region; empty when it is known. */
    public static Optional<String> unknown(Locale locale) {
        String language = locale.getLanguage().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language) && !isPrivateUse(language)) {
            return Optional.of("'" + language + "' is not an ISO 639 language code");
        }
        String script = locale.getScript().toLowerCase(Locale.ROOT);
        if (!script.isEmpty() && !SCRIPTS.contains(script)) {
            return Optional.of("'" + locale.getScript() + "' is not an ISO 15924 script code");
        }
        String region = locale.getCountry().toLowerCase(Locale.ROOT);
        if (!region.isEmpty() && !REGIONS.contains(region) && !region.chars().allMatch(Character::isDigit)) {
            return Optional.of("'" + locale.getCountry() + "' is not an ISO 3166-1 region code");
        }
        return Optional.empty();
    }

    private static boolean isPrivateUse(String language) {
        return language.length() == 3 && language.charAt(0) == 'q' && language.compareTo("qaa") >= 0
                && language.compareTo("qtz") <= 0;
    }
}
