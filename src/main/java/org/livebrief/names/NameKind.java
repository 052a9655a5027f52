package org.livebrief.names;

import java.util.Locale;
import java.util.Optional;

/** What a name is to its entity: its name in a language, a variant spelling, or a former name or exonym. */
public enum NameKind {
    NAME, VARIANT, HISTORICAL;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<NameKind> parse(String value) {
        return value == null ? Optional.empty()
                : java.util.Arrays.stream(values()).filter(k -> k.json().equalsIgnoreCase(value.strip())).findFirst();
    }
}
