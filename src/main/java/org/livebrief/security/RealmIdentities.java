package org.livebrief.security;

import java.util.Optional;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;

/**
 * Identities of the deployment's Elytron security domain, by name and without a password: for a caller whose
 * credential was checked another way (an API token). Whatever realm the admin configured (filesystem, LDAP, JDBC)
 * answers; a user who was removed has no identity, and their tokens stop working.
 */
final class RealmIdentities {

    private RealmIdentities() {
    }

    static Optional<SecurityIdentity> byName(String name) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            return Optional.empty();
        }
        ServerAuthenticationContext context = domain.createNewAuthenticationContext();
        try {
            context.setAuthenticationName(name);
            return context.exists() && context.authorize() ? Optional.of(context.getAuthorizedIdentity()) : Optional.empty();
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The security realm is unavailable", e);
        } finally {
            context.close();
        }
    }

    /** The identity the container is running the current request as, if it is {@code name}. */
    static Optional<SecurityIdentity> current(String name) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
        return identity != null && identity.getPrincipal() != null && name.equals(identity.getPrincipal().getName())
                ? Optional.of(identity) : Optional.empty();
    }
}
