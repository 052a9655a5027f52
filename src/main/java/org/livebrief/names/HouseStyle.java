package org.livebrief.names;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A newsroom's way of writing names in English: a romanization system per source language, spelling
 * rules on top of it, and exceptions for names the style spells its own way. Editors override single
 * entities in the name authority (a preferred English name tagged with the style).
 */
public enum HouseStyle {

    /** RFE/RL: BGN/PCGN without soft signs, -skiy endings (Zelenskiy, Zaporizhzhya, Mykolayiv, Lyubotyn). */
    RFERL(Romanization.BGN_UK, HouseStyle::skiyEndings, Map.of("Київ", "Kyiv")),
    /** AP: the national system for Ukrainian, -sky for -skyi (Zelensky, Zaporizhzhia, Mykolaiv, Kyiv). */
    AP(Romanization.KMU2010, HouseStyle::skyEndings, Map.of()),
    /** Ukraine's national system as it is. */
    KMU2010(Romanization.KMU2010, UnaryOperator.identity(), Map.of());

    private static final java.util.List<String> NATIVE_PRIORITY = java.util.List.of("uk", "ru");
    private static final Pattern SKYI = Pattern.compile("kyi\\b");
    private static final Pattern SOFT_SIGNS = Pattern.compile("[ʹʺ'’]");
    private static final Pattern DOUBLE_Y_END = Pattern.compile("yy\\b");
    private static final Pattern EY_END = Pattern.compile("ey\\b");
    private static final Pattern IY_END = Pattern.compile("iy\\b");
    private static final Pattern Y_BEFORE_CONSONANT = Pattern.compile("(?<=[aeiou])y(?=[^aeiouy\\s-])");

    private final Romanization ukrainian;
    private final UnaryOperator<String> ukrainianRules;
    private final Map<String, String> exceptions;

    HouseStyle(Romanization ukrainian, UnaryOperator<String> ukrainianRules, Map<String, String> exceptions) {
        this.ukrainian = ukrainian;
        this.ukrainianRules = ukrainianRules;
        this.exceptions = exceptions;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HouseStyle> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (HouseStyle style : values()) {
            if (style.json().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    /**
     * The English spelling of a native name in this style, for the languages it has a system for
     * (Ukrainian, Russian); empty for others, whose English name an editor gives.
     */
    public Optional<String> spell(String nativeName, String language) {
        String exception = exceptions.get(nativeName);
        if (exception != null) {
            return Optional.of(exception);
        }
        return switch (language) {
            case "uk" -> Optional.of(ukrainianRules.apply(withoutSoftSigns(ukrainian.romanize(nativeName))));
            case "ru" -> Optional.of(russian(nativeName));
            default -> Optional.empty();
        };
    }

    /** The English spelling made from the first native name this style has a system for. */
    public Optional<String> spell(Map<String, String> namesByLanguage) {
        for (String language : NATIVE_PRIORITY) {
            String nativeName = namesByLanguage.get(language);
            if (nativeName != null) {
                return spell(nativeName, language);
            }
        }
        return Optional.empty();
    }

    /**
     * Russian names in all three styles: BGN/PCGN without soft signs and with the endings English
     * newsrooms write (Sergei, Aleksei, Dmitry, Navalny, Shoigu).
     */
    private static String russian(String nativeName) {
        String s = withoutSoftSigns(Romanization.BGN_RU.romanize(nativeName));
        s = DOUBLE_Y_END.matcher(s).replaceAll("y");
        s = EY_END.matcher(s).replaceAll("ei");
        s = IY_END.matcher(s).replaceAll("y");
        return Y_BEFORE_CONSONANT.matcher(s).replaceAll("i");
    }

    private static String skiyEndings(String s) {
        return DOUBLE_Y_END.matcher(s).replaceAll("iy");
    }

    private static String skyEndings(String s) {
        return SKYI.matcher(s).replaceAll("ky");
    }

    private static String withoutSoftSigns(String s) {
        return SOFT_SIGNS.matcher(s).replaceAll("");
    }
}
