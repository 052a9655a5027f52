package org.livebrief.names;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A name as a value: its text, language (a BCP 47 tag, or null when unknown), the house style it belongs
 * to (English names only, null for all styles), kind, status and validity.
 */
public record NameSpelling(String text, String language, HouseStyle style, NameKind kind, NameStatus status,
                           LocalDate validFrom, LocalDate validTo) {

    public NameSpelling {
        Objects.requireNonNull(text);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(status);
    }

    static NameSpelling name(String language, String text) {
        return new NameSpelling(text, language, null, NameKind.NAME, NameStatus.PREFERRED, null, null);
    }

    boolean isPreferredIn(String lang, HouseStyle houseStyle) {
        return status == NameStatus.PREFERRED && lang.equals(language) && Objects.equals(houseStyle, style);
    }

    /** How much a match on this name counts: former names a little less than current ones. */
    double weight() {
        return kind == NameKind.HISTORICAL ? 0.97 : 1.0;
    }
}
