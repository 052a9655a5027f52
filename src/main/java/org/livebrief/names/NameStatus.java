package org.livebrief.names;

import java.util.Locale;
import java.util.Optional;

/** Whether a spelling is the one to use, an acceptable one, or one the newsroom avoids. */
public enum NameStatus {
    PREFERRED, ACCEPTED, DEPRECATED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<NameStatus> parse(String value) {
        return value == null ? Optional.empty()
                : java.util.Arrays.stream(values()).filter(s -> s.json().equalsIgnoreCase(value.strip())).findFirst();
    }
}
