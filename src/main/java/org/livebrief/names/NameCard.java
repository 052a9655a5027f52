package org.livebrief.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A detached, immutable view of one entity for matching and style checking: no database access needed.
 * {@code prominence}: the editor's (0 says nothing), which settles a tie ({@link NameIndex}).
 */
public record NameCard(long id, EntityType type, List<NameSpelling> spellings, List<String> contexts, int prominence) {

    /** What a match on a name from open data counts: as much as a former name. */
    static final double EXONYM_WEIGHT = 0.97;

    public NameCard {
        spellings = List.copyOf(spellings);
        contexts = List.copyOf(contexts);
    }

    public NameCard(long id, EntityType type, List<NameSpelling> spellings, List<String> contexts) {
        this(id, type, spellings, contexts, 0);
    }

    /**
     * The entity as the index sees it: its spellings, and for a place the names CLDR gives it in other
     * languages ({@link CldrPlaces}) and those GeoNames gives the town ({@link Gazetteer}: former names too), which
     * count as much as former names.
     */
    NameIndex.Entry indexEntry() {
        List<NameIndex.Form> forms = new java.util.ArrayList<>(spellings.stream()
                .map(s -> new NameIndex.Form(s.text(), s.weight(), s.validFrom(), s.validTo())).toList());
        if (type == EntityType.PLACE) {
            Map<String, String> natives = namesByLanguage();
            java.util.Set<String> known = new java.util.LinkedHashSet<>(CldrPlaces.get().exonyms(natives));
            known.addAll(Gazetteer.get().names(natives));
            spellings.forEach(s -> known.remove(s.text()));
            known.forEach(exonym -> forms.add(new NameIndex.Form(exonym, EXONYM_WEIGHT)));
        }
        return new NameIndex.Entry(id, type, List.copyOf(forms), namesWithoutMiddleNames(), prominence);
    }

    /**
     * The spelling to use in {@code language} and {@code style}, the first of:
     * <ol>
     *   <li>an editor's choice for that style (a preferred name tagged with it): it wins over the style's data;</li>
     *   <li>if {@code style} is the newsroom's default, the entity's name in that language as registered;</li>
     *   <li>for English, the registered English name in the style's spelling when it is a romanization of one
     *       native name, else as registered (a conventional English name: {@link EnglishOrigin}); with no English
     *       name registered, one made in the style from the native name;</li>
     *   <li>the name in that language, else the English name, else the first name.</li>
     * </ol>
     */
    public String preferred(String language, HouseStyle style, HouseStyle defaultStyle) {
        return chosen(language, style)
                .or(() -> style.equals(defaultStyle) ? chosen(language, null) : Optional.empty())
                .or(() -> "en".equals(language) ? english(style) : Optional.empty())
                .or(() -> chosen(language, null))
                .or(() -> chosen("en", null))
                .orElseGet(() -> spellings.get(0).text());
    }

    private Optional<String> chosen(String language, HouseStyle style) {
        return spellings.stream().filter(s -> s.isPreferredIn(language, style)).map(NameSpelling::text).findFirst();
    }

    /**
     * The languages whose people's names have no middle names to leave out: in Persian, Dari, Pashto, Arabic,
     * Urdu, Sorani Kurdish, Sindhi and Balochi naming every word belongs to the name (Ahmad Shah, Mohammad Reza,
     * Abdul Rashid: a given name of two words), and a shorter name is often a relative's (Ahmad Massoud, the son
     * of Ahmad Shah Massoud). Patronymics (Slavic, Turkic) and Western middle names may go unsaid; these may not.
     */
    static final java.util.Set<String> WITHOUT_MIDDLE_NAMES = java.util.Set.of("fa", "prs", "ps", "pbt", "pbu", "ar",
            "ur", "ckb", "sd", "bal");

    /** A person with a registered name in a language of {@link #WITHOUT_MIDDLE_NAMES}. */
    boolean namesWithoutMiddleNames() {
        return type == EntityType.PERSON && spellings.stream().anyMatch(s -> s.language() != null
                && WITHOUT_MIDDLE_NAMES.contains(s.language().split("-")[0].toLowerCase(java.util.Locale.ROOT)));
    }

    /** The entity's preferred name in each language (not a style's spelling, not a variant). */
    private Map<String, String> namesByLanguage() {
        Map<String, String> natives = new HashMap<>();
        spellings.stream().filter(s -> s.kind() == NameKind.NAME && s.status() == NameStatus.PREFERRED
                && s.language() != null && s.style() == null).forEach(s -> natives.putIfAbsent(s.language(), s.text()));
        return natives;
    }

    private Optional<String> english(HouseStyle style) {
        Map<String, String> natives = namesByLanguage();
        String registered = natives.get("en");
        if (registered == null) {
            return style.spell(natives);
        }
        return EnglishOrigin.language(registered, natives)
                .flatMap(language -> style.spell(natives.get(language), language))
                .or(() -> Optional.of(registered));
    }

    /** The last word of a person's preferred name, for a surname written alone. */
    static String surname(String preferred) {
        List<Words.Word> words = Words.of(preferred);
        return words.isEmpty() ? preferred : preferred.substring(words.get(words.size() - 1).start());
    }
}
