package org.livebrief.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;

/**
 * The body of {@code POST /api/tokens}: a name to recognise the token by, and optionally what narrows it: some of
 * the caller's roles, read-only, some briefings, and when it expires (default {@link #DEFAULT_LIFETIME}, at most
 * {@link #MAX_LIFETIME} ahead).
 */
public record TokenRequest(String name, List<String> roles, Boolean readOnly, List<Long> briefings, Instant expiresAt) {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    static final int MAX_NAME = 100;
    static final int MAX_BRIEFINGS = 50;

    /** Every field error at once (400), or nothing; {@code callerRoles} bound the roles a token may carry. */
    void validate(Set<String> callerRoles, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new Problem.FieldError("name", "is required: 1-" + MAX_NAME + " characters, no control characters"));
        }
        if (roles != null && (roles.isEmpty() || !callerRoles.containsAll(roles))) {
            errors.add(new Problem.FieldError("roles", "must be some of your roles: " + new TreeSet<>(callerRoles)));
        }
        if (briefings != null && (briefings.isEmpty() || briefings.size() > MAX_BRIEFINGS
                || briefings.stream().anyMatch(id -> id == null || id < 1))) {
            errors.add(new Problem.FieldError("briefings", "must list 1-" + MAX_BRIEFINGS + " briefing ids"));
        }
        if (expiresAt != null && (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME)))) {
            errors.add(new Problem.FieldError("expiresAt", "must be in the future and at most "
                    + MAX_LIFETIME.toDays() + " days ahead"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    Set<String> roleSet() {
        return roles == null ? null : new LinkedHashSet<>(roles);
    }

    Set<Long> briefingSet() {
        return briefings == null ? null : new LinkedHashSet<>(briefings);
    }

    boolean isReadOnly() {
        return Boolean.TRUE.equals(readOnly);
    }

    Instant expiresAt(Instant now) {
        return expiresAt != null ? expiresAt : now.plus(DEFAULT_LIFETIME);
    }
}
