package org.livebrief.media;

import java.util.ArrayList;
import java.util.List;
import org.livebrief.platform.Fields;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;

/**
 * What describes a picture: alt text (for readers who cannot see it; required before an entry with the picture is
 * published, so it may be empty at upload), an optional caption and credit. Plain text, stripped; an empty field is
 * null.
 */
public record ImageText(String alt, String caption, String credit) {

    static final int MAX_ALT = 1000;
    static final int MAX_CAPTION = 2000;
    static final int MAX_CREDIT = 300;

    public ImageText {
        alt = blankToNull(alt);
        caption = blankToNull(caption);
        credit = blankToNull(credit);
    }

    /** This text, or a 400 naming each field that is too long or holds control characters. */
    ImageText validated() {
        List<Problem.FieldError> errors = new ArrayList<>();
        check("alt", alt, MAX_ALT, errors);
        check("caption", caption, MAX_CAPTION, errors);
        check("credit", credit, MAX_CREDIT, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return this;
    }

    private static void check(String field, String value, int max, List<Problem.FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(new Problem.FieldError(field, "at most " + max + " characters"));
        } else if (!Fields.isCleanText(value)) {
            errors.add(new Problem.FieldError(field, "must be plain text without control characters"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
