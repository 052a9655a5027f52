package org.livebrief.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An API token as its owner and admins see it. {@code token} is the value itself: present only in the answer to
 * the {@code POST} that made it, never again (only its hash is stored).
 */
public record TokenView(long id, String name, String hint, String owner, List<String> roles, boolean readOnly,
                        List<Long> briefings, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        Instant revokedAt, String revokedBy, long version, String token) {

    static TokenView of(ApiToken t, String token) {
        Set<String> roles = t.roleSet();
        Set<Long> briefings = t.briefingSet();
        return new TokenView(t.id(), t.name(), t.hint(), t.owner(), roles == null ? null : List.copyOf(roles),
                t.readOnly(), briefings == null ? null : List.copyOf(briefings), t.createdAt(), t.expiresAt(),
                t.lastUsedAt(), t.revokedAt(), t.revokedBy(), t.version(), token);
    }
}
