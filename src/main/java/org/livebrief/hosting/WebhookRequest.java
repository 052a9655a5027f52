package org.livebrief.hosting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;

/** The body of {@code POST /api/webhooks}: where to send, which events, and a note for the admin. */
public record WebhookRequest(String url, List<String> events, String description) {

    static final int MAX_URL = 2048;
    static final int MAX_DESCRIPTION = 200;

    /** Every field error at once (400), including why the address is refused. */
    Set<WebhookEvent> validate(boolean allowPrivate, WebhookAddresses.Resolver resolver) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            errors.add(new Problem.FieldError("url", "is required: an http or https URL of at most " + MAX_URL + " characters"));
        } else {
            WebhookAddresses.refusal(url, allowPrivate, resolver)
                    .ifPresent(why -> errors.add(new Problem.FieldError("url", why)));
        }
        Set<WebhookEvent> chosen = new LinkedHashSet<>();
        if (events == null || events.isEmpty()) {
            errors.add(new Problem.FieldError("events", "must list at least one of " + types()));
        } else {
            for (String type : events) {
                WebhookEvent.ofType(type).ifPresentOrElse(chosen::add,
                        () -> errors.add(new Problem.FieldError("events", "unknown event " + type + "; known: " + types())));
            }
        }
        if (description != null && (description.length() > MAX_DESCRIPTION
                || description.chars().anyMatch(Character::isISOControl))) {
            errors.add(new Problem.FieldError("description", "at most " + MAX_DESCRIPTION + " characters, no control characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return chosen;
    }

    private static List<String> types() {
        return java.util.Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type).toList();
    }
}
