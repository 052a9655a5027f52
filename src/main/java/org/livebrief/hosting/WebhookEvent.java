package org.livebrief.hosting;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint may subscribe to; {@link #type} is the {@code type} of the payload. */
public enum WebhookEvent {
    ENTRY_PUBLISHED("entry.published"),
    ENTRY_CORRECTED("entry.corrected"),
    ENTRY_RETRACTED("entry.retracted"),
    KEY_EVENT("entry.key_event"),
    BRIEFING_CLOSED("briefing.closed");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
