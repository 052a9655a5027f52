package org.livebrief.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ETags;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.Roles;

/**
 * The {@code api_token} table: making tokens (the value is returned once), listing them, revoking them, and reading
 * the row a presented token hashes to. A token belongs to its owner; only its owner and admins see or revoke it.
 */
@ApplicationScoped
public class ApiTokens {

    static final int MAX_ACTIVE_PER_OWNER = 100;
    static final int MAX_LISTED = 200;
    /** {@code last_used_at} is written at most this often per token, so using a token is not a write. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    /** Fired when a token is revoked; {@link BearerTokens} forgets it once the revocation committed. */
    public record Revoked(String hash) {
    }

    /** A new token's row and its value, which nobody will see again. */
    public record Created(ApiToken token, String secret) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Revoked> revoked;

    @Transactional
    public Created create(TokenRequest request, Caller caller) {
        Instant now = clock.instant();
        request.validate(rolesOf(caller), now);
        long active = em.createQuery("select count(t) from ApiToken t where t.owner = :owner and t.revokedAt is null "
                + "and t.expiresAt > :now", Long.class).setParameter("owner", caller.name()).setParameter("now", now)
                .getSingleResult();
        if (active >= MAX_ACTIVE_PER_OWNER) {
            throw ProblemException.conflict("too-many-tokens", "You have " + active
                    + " active tokens; revoke one you no longer use", java.util.Map.of("limit", MAX_ACTIVE_PER_OWNER));
        }
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken(secret, caller.name(), request.name().strip(), request.roleSet(),
                request.isReadOnly(), request.briefingSet(), now, request.expiresAt(now));
        em.persist(token);
        em.flush();
        return new Created(token, secret);
    }

    /**
     * {@code owner}'s tokens, the ones that still work first, then revoked and expired ones, newest first in each;
     * another user's only for an admin. At most {@link #MAX_LISTED}: since an owner has at most
     * {@link #MAX_ACTIVE_PER_OWNER} working tokens, every one of them is always listed (an attacker's finding: 200
     * revoked tokens pushed a working one out of a list ordered by age alone).
     */
    @Transactional
    public List<ApiToken> list(String owner, Caller caller) {
        if (!owner.equals(caller.name()) && !caller.admin()) {
            throw ProblemException.forbidden("Only an admin may list another user's tokens");
        }
        return em.createQuery("select t from ApiToken t where t.owner = :owner order by case when t.revokedAt is null "
                        + "and t.expiresAt > :now then 0 else 1 end, t.id desc", ApiToken.class)
                .setParameter("owner", owner).setParameter("now", clock.instant())
                .setMaxResults(MAX_LISTED).getResultList();
    }

    /** Revokes a token of the caller's, or anyone's for an admin (404 for others, so ids reveal nothing). */
    @Transactional
    public ApiToken revoke(long id, String ifMatch, Caller caller) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !(token.owner().equals(caller.name()) || caller.admin())) {
            throw ProblemException.notFound("Token", id);
        }
        ETags.require(ifMatch, token.version());
        token.revoke(caller.name(), clock.instant());
        revoked.fire(new Revoked(token.hash()));
        return token;
    }

    /**
     * The grant of the token whose hash is {@code hash}, revoked and expired ones included (the caller says why it
     * refuses them), and notes the use.
     */
    @Transactional
    public Optional<TokenGrant> use(String hash) {
        List<ApiToken> found = em.createQuery("select t from ApiToken t where t.hash = :hash", ApiToken.class)
                .setParameter("hash", hash).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get(0);
        Instant now = clock.instant();
        if (token.revokedAt() == null && (token.lastUsedAt() == null
                || token.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION)))) {
            // A bulk update: the use is no edit of the token, so its version (the ETag for If-Match) stays.
            em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                    .setParameter("now", now).setParameter("id", token.id()).executeUpdate();
        }
        return Optional.of(token.grant());
    }

    static Set<String> rolesOf(Caller caller) {
        Set<String> roles = new LinkedHashSet<>();
        if (caller.reporter()) {
            roles.add(Roles.REPORTER);
        }
        if (caller.editor()) {
            roles.add(Roles.EDITOR);
        }
        if (caller.admin()) {
            roles.add(Roles.ADMIN);
        }
        return roles;
    }

    static Problem unauthorized(String detail) {
        return Problem.of(401, "invalid-token", "Unauthorized", detail);
    }
}
