package org.livebrief.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A detached, immutable view of one entity for matching and style checking: no database access needed.
 */
public record NameCard(long id, EntityType type, List<NameSpelling> spellings, List<String> contexts) {

    /** What a match on a name from open data counts: as much as a former name. */
    static final double EXONYM_WEIGHT = 0.97;

    public NameCard {
        spellings = List.copyOf(spellings);
        contexts = List.copyOf(contexts);
    }

    /**
     * The entity as the index sees it: its spellings, and for a place the names CLDR gives it in other
     * languages ({@link CldrPlaces}), which count as much as former names.
     */
    NameIndex.Entry indexEntry() {
        List<NameIndex.Form> forms = new java.util.ArrayList<>(spellings.stream()
                .map(s -> new NameIndex.Form(s.text(), s.weight())).toList());
        if (type == EntityType.PLACE) {
            Map<String, String> natives = new HashMap<>();
            spellings.stream().filter(s -> s.kind() == NameKind.NAME && s.language() != null && s.style() == null)
                    .forEach(s -> natives.putIfAbsent(s.language(), s.text()));
            CldrPlaces.get().exonyms(natives).forEach(exonym -> forms.add(new NameIndex.Form(exonym, EXONYM_WEIGHT)));
        }
        return new NameIndex.Entry(id, type, List.copyOf(forms));
    }

    /**
     * The spelling to use in {@code language} and {@code style}: an editor's choice for that style, else
     * (for English) the entity's English name if {@code style} is the newsroom's default, else one made
     * from the native name in that style, else the name in that language, else the English name.
     */
    public String preferred(String language, HouseStyle style, HouseStyle defaultStyle) {
        return chosen(language, style)
                .or(() -> style == defaultStyle ? chosen(language, null) : Optional.empty())
                .or(() -> "en".equals(language) ? generated(style) : Optional.empty())
                .or(() -> chosen(language, null))
                .or(() -> chosen("en", null))
                .orElseGet(() -> spellings.get(0).text());
    }

    private Optional<String> chosen(String language, HouseStyle style) {
        return spellings.stream().filter(s -> s.isPreferredIn(language, style)).map(NameSpelling::text).findFirst();
    }

    private Optional<String> generated(HouseStyle style) {
        Map<String, String> natives = new HashMap<>();
        spellings.stream().filter(s -> s.kind() == NameKind.NAME && s.status() == NameStatus.PREFERRED
                && s.language() != null && s.style() == null).forEach(s -> natives.putIfAbsent(s.language(), s.text()));
        return style.spell(natives);
    }

    /** The last word of a person's preferred name, for a surname written alone. */
    static String surname(String preferred) {
        List<Words.Word> words = Words.of(preferred);
        return words.isEmpty() ? preferred : preferred.substring(words.get(words.size() - 1).start());
    }
}
