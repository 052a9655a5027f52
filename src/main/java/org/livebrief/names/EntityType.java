package org.livebrief.names;

import java.util.Locale;
import java.util.Optional;

/** What a name authority entry names. People have given names and a surname; the others a whole name. */
public enum EntityType {
    PERSON, PLACE, ORGANIZATION;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntityType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (EntityType type : values()) {
            if (type.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
