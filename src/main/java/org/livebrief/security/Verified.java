package org.livebrief.security;

import java.util.Set;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * An identity already checked (a password Elytron accepted a moment ago, or an API token): who, with which roles,
 * and the Elytron identity to run the request as, so that code reading the container's identity (the CDI
 * {@code Principal} bean, which stamps Envers revisions) sees the same caller as {@code isUserInRole}.
 */
record Verified(String name, Set<String> roles, SecurityIdentity identity, String authType) {
}
