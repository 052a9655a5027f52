package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds names in a text that are not spelled the house-style way. The names are the spans
 * {@link NameSpans#exact} finds (runs of capitalised or non-Latin words that resolve confidently to one
 * entity); a surname written alone gets the preferred surname alone. Preferred spellings, exception
 * contexts ("chicken Kiev") and places named as homonyms elsewhere ("Odessa, Texas") are left alone.
 */
public final class StyleChecker {

    /** One misspelling: {@code text.substring(start, end)} is {@code found}; UTF-16 offsets. */
    public record Finding(int start, int end, String found, String preferred, long entityId) {
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
        for (NameSpans.Span span : NameSpans.exact(names.index()).find(text)) {
            String found = text.substring(span.start(), span.end());
            NameCard card = names.card(span.match().entityId());
            String preferred = card.preferred(language, style, defaultStyle);
            if (span.match().surnameOnly()) {
                preferred = NameCard.surname(preferred);
            }
            if (!found.equals(preferred) && !Contexts.excuse(card, text, span.start(), span.end())) {
                findings.add(new Finding(span.start(), span.end(), found, preferred, card.id()));
            }
        }
        return findings;
    }
}
