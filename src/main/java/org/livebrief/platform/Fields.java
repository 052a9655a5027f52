package org.livebrief.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every invalid field of a request, so the client learns about all of them at once.
 * Text is refused when it holds control characters or lone surrogates: such input would make feeds
 * and pages ill-formed.
 */
public final class Fields {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public String text(String field, String value, boolean required, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                add(field, "is required");
            }
            return trimmed;
        }
        // In UTF-16 units, as H2 counts VARCHAR(n): a character outside the BMP (most emoji) counts twice.
        if (trimmed.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        } else if (!isCleanText(trimmed)) {
            add(field, "must not contain control characters or unpaired surrogates");
        }
        return trimmed;
    }

    public void add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** True when {@code s} has no C0/C1 controls other than tab and newlines, and no lone surrogates. */
    public static boolean isCleanText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }
}
