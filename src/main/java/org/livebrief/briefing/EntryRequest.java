package org.livebrief.briefing;

import org.livebrief.platform.Fields;

/**
 * The JSON body of {@code POST …/entries} and {@code PUT …/entries/{entryId}}. {@code id}, when sent,
 * must be the id in the URL.
 */
public record EntryRequest(Long id, String body, Boolean keyEvent, Boolean pinned) {

    EntryBody validBody() {
        Fields fields = new Fields();
        EntryBody sanitized = EntryBody.sanitize(body);
        if (body == null || body.isBlank()) {
            fields.add("body", "is required");
        } else if (body.length() > EntryBody.MAX_INPUT_CHARS) {
            fields.add("body", "must be at most " + EntryBody.MAX_INPUT_CHARS + " characters");
        } else if (sanitized.isEmpty()) {
            fields.add("body", "has no readable text once unsafe markup is removed");
        }
        fields.throwIfAny();
        return sanitized;
    }
}
