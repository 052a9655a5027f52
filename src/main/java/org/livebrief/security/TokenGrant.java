package org.livebrief.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an API token allows, as read from its row: whose it is, which of the owner's roles it carries ({@code null}:
 * all of them), whether it may only read, which briefings it may touch ({@code null}: all), until when.
 * The rules are here, apart from the database, so they can be tested alone.
 */
record TokenGrant(long id, String hash, String owner, Set<String> roles, boolean readOnly, Set<Long> briefings,
                  Instant expiresAt, Instant revokedAt) {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern BRIEFING_PATH = Pattern.compile("/api/briefings/(\\d{1,18})(?:/.*)?");

    /** Why the token does not authenticate at {@code now} (revoked, expired), or empty when it does. */
    Optional<String> invalidAt(Instant now) {
        if (revokedAt != null) {
            return Optional.of("The token was revoked");
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of("The token expired at " + expiresAt);
        }
        return Optional.empty();
    }

    /** The roles a request with this token has: the owner's current roles, narrowed to the token's. */
    Set<String> rolesOf(Set<String> ownerRoles) {
        Set<String> effective = new TreeSet<>(ownerRoles);
        if (roles != null) {
            effective.retainAll(roles);
        }
        return Set.copyOf(effective);
    }

    /**
     * Why this token may not send {@code method} to {@code path} (the path inside the application, e.g.
     * {@code /api/briefings/7/entries}), or empty when it may. A read-only token may only read; a token for some
     * briefings may use only their API paths (the public pages and feeds outside {@code /api} stay open to anyone).
     */
    Optional<String> forbids(String method, String path) {
        if (readOnly && !SAFE_METHODS.contains(method)) {
            return Optional.of("This token may only read");
        }
        if (briefings != null && path.startsWith("/api/")) {
            Matcher m = BRIEFING_PATH.matcher(path);
            if (!m.matches() || !briefings.contains(Long.parseLong(m.group(1)))) {
                return Optional.of("This token is limited to the briefings " + new TreeSet<>(briefings));
            }
        }
        return Optional.empty();
    }
}
