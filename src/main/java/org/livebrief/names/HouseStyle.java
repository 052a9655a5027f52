package org.livebrief.names;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A newsroom's way of writing names in English, as data: one file per style under {@code names/styles/}
 * (read by {@link StyleFiles}, described in {@code docs/house-styles.md}). A style names the outlet it follows
 * and holds, per source language, a romanization system with the spelling rules the outlet applies on top of
 * it (RFE/RL writes BGN/PCGN's -yy as -iy); the outlet's own spellings of single words or whole names that no
 * rule gives (AP's Zelenskyy, Reuters' Alexei); and a sample of the outlet's published spellings that the
 * shipped style is tested against. Each of them carries its {@link Source}: the outlet, whether it is a
 * stylebook entry, published usage, a standard or the product's own choice, and a date.
 *
 * <p>A style spells only names that are romanizations of a native name: a conventional English name (Moscow,
 * Sea of Azov) is the entity's English name in every style ({@link EnglishOrigin}). An editor changes one
 * entity's spelling for one style in the name authority (a preferred English name tagged with the style),
 * which wins over everything here ({@link NameCard#preferred}).
 *
 * <p>{@code rferl}, {@code ap} and {@code kmu2010} are API names (requests, stored spellings, configuration)
 * and stay; {@link #RFERL}, {@link #AP} and {@link #KMU2010} are those three. Styles are equal by name.
 */
public final class HouseStyle {

    /** What a source is: an outlet's stylebook entry, its usage in published articles, a standard, or a choice of this product. */
    public enum SourceKind {
        STYLEBOOK, USAGE, STANDARD, PRODUCT;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Where a spelling, system or rule comes from: {@code outlet} (or the body behind a standard), the kind,
     * where it is found, and a date (ISO 8601: a year, a month or a day, as exactly as it is known).
     */
    public record Source(String outlet, SourceKind kind, String where, String date) {
    }

    /** A name or a word written the outlet's way: {@code nativeName} in {@code language} is {@code english}. */
    public record Spelling(String language, String nativeName, String english, Source source) {
    }

    /** A spelling rule: every match of {@code find} in a romanized word is replaced by {@code write}. */
    record Rule(Pattern find, String write, String why) {

        String apply(String word) {
            return find.matcher(word).replaceAll(write);
        }
    }

    /** How the style writes one source language: a romanization system, then its rules, word by word. */
    record Scheme(Romanization system, List<Rule> rules, Source source) {

        String write(String word) {
            String written = system.romanize(word);
            for (Rule rule : rules) {
                written = rule.apply(written);
            }
            return written;
        }
    }

    /** A word of a native name: letters and marks, with apostrophes inside (Кам'янець). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’ʼ][\\p{L}\\p{M}]+)*");
    /** The languages a name without a registered English one is spelled from, in this order. */
    private static final List<String> NATIVE_PRIORITY = List.of("uk", "ru");

    private static final List<HouseStyle> SHIPPED = StyleFiles.shipped();
    public static final HouseStyle RFERL = of("rferl");
    public static final HouseStyle AP = of("ap");
    public static final HouseStyle KMU2010 = of("kmu2010");

    private final String name;
    private final String outlet;
    private final Map<String, Scheme> schemes;
    private final List<Spelling> spellings;
    private final List<Spelling> sample;
    /** The spellings by language, then by lower-case native text. */
    private final Map<String, Map<String, Spelling>> own;

    HouseStyle(String name, String outlet, Map<String, Scheme> schemes, List<Spelling> spellings, List<Spelling> sample) {
        this.name = name;
        this.outlet = outlet;
        this.schemes = Map.copyOf(schemes);
        this.spellings = List.copyOf(spellings);
        this.sample = List.copyOf(sample);
        this.own = spellings.stream().collect(Collectors.groupingBy(Spelling::language,
                Collectors.toUnmodifiableMap(s -> lower(s.nativeName()), s -> s, (a, b) -> a)));
    }

    /** The styles the product ships, in the order of {@code names/styles/styles.json}. */
    public static List<HouseStyle> shipped() {
        return SHIPPED;
    }

    public static Optional<HouseStyle> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return SHIPPED.stream().filter(style -> style.name.equals(wanted)).findFirst();
    }

    /** The shipped style of that name (any letter case); an unknown name is an error. */
    public static HouseStyle of(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("No house style " + name + "; " + choices()));
    }

    /** The names of the shipped styles for a message: "rferl, ap, … or kmu2010". */
    public static String choices() {
        List<String> names = SHIPPED.stream().map(HouseStyle::json).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** The style's name in requests, responses, configuration and the database. */
    public String json() {
        return name;
    }

    public String outlet() {
        return outlet;
    }

    /** The languages this style has a system for. */
    public Set<String> languages() {
        return schemes.keySet();
    }

    public Optional<Source> system(String language) {
        return Optional.ofNullable(schemes.get(language)).map(Scheme::source);
    }

    /** The outlet's own spellings of words and names, which no rule gives. */
    public List<Spelling> spellings() {
        return spellings;
    }

    /** Published spellings of the outlet that this style must give (its tests check them all). */
    public List<Spelling> sample() {
        return sample;
    }

    /**
     * The English spelling of a native name in this style: the outlet's own spelling of the whole name if it
     * has one, else word by word its own spelling of the word or the word romanized by the system and rules
     * for {@code language}. Empty for a language the style has no system for: an editor gives that English name.
     */
    public Optional<String> spell(String nativeName, String language) {
        Scheme scheme = schemes.get(language);
        if (scheme == null) {
            return Optional.empty();
        }
        Map<String, Spelling> ownInLanguage = own.getOrDefault(language, Map.of());
        Spelling whole = ownInLanguage.get(lower(nativeName));
        if (whole != null) {
            return Optional.of(whole.english());
        }
        StringBuilder english = new StringBuilder(nativeName.length() + 8);
        Matcher word = WORD.matcher(nativeName);
        int end = 0;
        while (word.find()) {
            english.append(nativeName, end, word.start());
            Spelling ownWord = ownInLanguage.get(lower(word.group()));
            english.append(ownWord != null ? ownWord.english() : scheme.write(word.group()));
            end = word.end();
        }
        return Optional.of(english.append(nativeName, end, nativeName.length()).toString());
    }

    /** The English spelling made from the first native name this style has a system for (Ukrainian, then Russian). */
    public Optional<String> spell(Map<String, String> namesByLanguage) {
        for (String language : NATIVE_PRIORITY) {
            String nativeName = namesByLanguage.get(language);
            if (nativeName != null && schemes.containsKey(language)) {
                return spell(nativeName, language);
            }
        }
        return Optional.empty();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HouseStyle style && style.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
