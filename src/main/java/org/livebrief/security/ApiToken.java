package org.livebrief.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An API token's row: its hash (never the token), owner, narrowing, lifetime and fate. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String hash;

    @Column(nullable = false, updatable = false)
    private String hint;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(updatable = false)
    private String roles;

    @Column(name = "read_only", nullable = false, updatable = false)
    private boolean readOnly;

    @Column(updatable = false)
    private String briefings;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(String secret, String owner, String name, Set<String> roles, boolean readOnly, Set<Long> briefings,
             Instant createdAt, Instant expiresAt) {
        this.hash = TokenSecret.hash(secret);
        this.hint = TokenSecret.hint(secret);
        this.owner = owner;
        this.name = name;
        this.roles = roles == null ? null : String.join(",", roles);
        this.readOnly = readOnly;
        this.briefings = briefings == null ? null : briefings.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Revokes the token for good; revoking it again changes nothing. */
    void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    TokenGrant grant() {
        return new TokenGrant(id, hash, owner, roleSet(), readOnly, briefingSet(), expiresAt, revokedAt);
    }

    Set<String> roleSet() {
        return roles == null ? null : split(roles);
    }

    Set<Long> briefingSet() {
        return briefings == null ? null : split(briefings).stream().map(Long::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> split(String list) {
        return list.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(list.split(",")));
    }

    public long id() {
        return id;
    }

    String hash() {
        return hash;
    }

    String hint() {
        return hint;
    }

    public String owner() {
        return owner;
    }

    String name() {
        return name;
    }

    boolean readOnly() {
        return readOnly;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    String revokedBy() {
        return revokedBy;
    }

    public long version() {
        return version;
    }
}
