package org.livebrief.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Roles;

/**
 * {@code Authorization: Bearer lbt_…}: from a token to the identity it grants, with no password hash on the way. A
 * token's row and its owner's identity are kept for {@code livebrief.tokens.cache-seconds} (30), so a busy client
 * costs one SHA-256 and one map look-up per request. Revoking a token forgets it here as soon as the revocation
 * commits; other nodes notice within the cache time. A removed owner, or an owner who lost a role, is noticed when the
 * token is read again, within the same time.
 */
@ApplicationScoped
public class BearerTokens {

    /** A token that was found: its grant, and when valid, the owner's identity narrowed to the token's roles. */
    record Bearer(TokenGrant grant, Optional<Verified> verified) {
    }

    static final int MAX_CACHED = 10_000;

    @Inject
    ApiTokens tokens;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "livebrief.tokens.cache-seconds", defaultValue = "30")
    long cacheSeconds;

    private ShortLivedCache<Bearer> cache;

    @PostConstruct
    void start() {
        cache = new ShortLivedCache<>(Duration.ofSeconds(Math.max(0, cacheSeconds)), MAX_CACHED, clock);
    }

    /** The token presented as {@code secret}, or empty when no token has that value. */
    Optional<Bearer> find(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        String hash = TokenSecret.hash(secret);
        Optional<Bearer> cached = cache.get(hash);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Bearer> found = tokens.use(hash).map(grant -> new Bearer(grant, identity(grant)));
        found.ifPresent(bearer -> cache.put(hash, bearer));
        return found;
    }

    private static Optional<Verified> identity(TokenGrant grant) {
        return RealmIdentities.byName(grant.owner()).map(owner -> {
            Set<String> roles = grant.rolesOf(Roles.toSet(owner.getRoles()));
            SecurityIdentity narrowed = owner.withDefaultRoleMapper(any -> Roles.fromSet(roles));
            return new Verified(grant.owner(), roles, narrowed, ApiAuthentication.BEARER);
        });
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiTokens.Revoked revoked) {
        cache.remove(revoked.hash());
    }
}
