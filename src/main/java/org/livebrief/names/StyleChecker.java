package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds names in a text that are not spelled the house-style way. The names are the spans
 * {@link NameSpans#inflected} finds (runs of capitalised or non-Latin words that resolve confidently to one
 * entity, also through Ukrainian and Russian case forms, with the guards tagging has); a surname written
 * alone gets the preferred surname alone. Preferred spellings, exception contexts ("chicken Kiev") and places
 * named as homonyms elsewhere ("Odessa, Texas") are left alone.
 *
 * <p>Case forms ({@link Declension}): a span that is the house spelling in some case (Києві in Ukrainian,
 * Киеве in Russian) is right. One that is a case form of another registered spelling of the entity (the
 * Russian Киеве in Ukrainian text) gets the house spelling in the same case ({@link CaseForms}: Києві), or,
 * when the case cannot be told, the nominative marked {@code nominativeOnly}: a hint, not a fix; only where
 * the text's language has a name of its own for the entity (or is English, which needs no case). A case
 * reading that is the form of no registered spelling is tagging's business, not a misspelling.
 */
public final class StyleChecker {

    /**
     * One misspelling: {@code text.substring(start, end)} is {@code found}; UTF-16 offsets. {@code cases}
     * names the grammatical case(s) {@code preferred} was put in, like {@code found} (empty for a nominative);
     * {@code nominativeOnly}: {@code found} is in a case the checker could not tell, so {@code preferred} is the
     * nominative to put into that case by hand, not a replacement.
     */
    public record Finding(int start, int end, String found, String preferred, long entityId, List<String> cases,
                          boolean nominativeOnly) {
    }

    private final NameDirectory.Snapshot names;
    private final HouseStyle style;
    private final HouseStyle defaultStyle;

    public StyleChecker(NameDirectory.Snapshot names, HouseStyle style, HouseStyle defaultStyle) {
        this.names = names;
        this.style = style;
        this.defaultStyle = defaultStyle;
    }

    public List<Finding> check(String text, String language) {
        List<Finding> findings = new ArrayList<>();
        for (NameSpans.Span span : NameSpans.inflected(names.index()).find(text)) {
            String found = text.substring(span.start(), span.end());
            NameCard card = names.card(span.match().entityId());
            boolean surnameOnly = span.match().surnameOnly();
            String preferred = card.preferred(language, style, defaultStyle);
            if (surnameOnly) {
                preferred = NameCard.surname(preferred);
            }
            if (found.equals(preferred)
                    || Contexts.excuse(card, names.throughOtherName(span.match()), text, span.start(), span.end())
                    || CaseForms.isFormOf(found, preferred, language, card.type())) {
                continue;
            }
            Optional<String> other = inflectedOther(card, found, surnameOnly);
            if (other.isPresent() && hasOwnName(card, language)) {
                CaseForms.Suggestion suggestion = CaseForms.suggest(found, other.get(), preferred, language, card.type());
                findings.add(new Finding(span.start(), span.end(), found, suggestion.text(), card.id(),
                        suggestion.cases().stream().map(Declension.Case::json).toList(), suggestion.nominativeOnly()));
            } else if (other.isEmpty() && !span.inflected()) {
                findings.add(new Finding(span.start(), span.end(), found, preferred, card.id(), List.of(), false));
            }
        }
        return findings;
    }

    /** The registered spelling (a surname for a surname) that {@code found} is an inflected case form of. */
    private static Optional<String> inflectedOther(NameCard card, String found, boolean surnameOnly) {
        for (NameSpelling spelling : card.spellings()) {
            String nominative = surnameOnly ? NameCard.surname(spelling.text()) : spelling.text();
            if (spelling.language() != null && Declension.covers(spelling.language())
                    && !found.toLowerCase(Locale.ROOT).equals(nominative.toLowerCase(Locale.ROOT))
                    && CaseForms.isFormOf(found, nominative, spelling.language(), card.type())) {
                return Optional.of(nominative);
            }
        }
        return Optional.empty();
    }

    /** English needs no case; other languages get a case form only of a name of their own. */
    private static boolean hasOwnName(NameCard card, String language) {
        return "en".equals(language) || card.spellings().stream().anyMatch(s -> language.equals(s.language()));
    }
}
