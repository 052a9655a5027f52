package org.livebrief.platform;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Who is asking: the signed-in user and their roles, or nobody. */
public record Caller(String name, boolean reporter, boolean editor, boolean admin) {

    public static final Caller ANONYMOUS = new Caller(null, false, false, false);

    public static Caller of(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal == null) {
            return ANONYMOUS;
        }
        return new Caller(principal.getName(), security.isUserInRole(Roles.REPORTER),
                security.isUserInRole(Roles.EDITOR), security.isUserInRole(Roles.ADMIN));
    }

    /** Newsroom staff see unpublished content; the public sees only what is published. */
    public boolean isStaff() {
        return reporter || editor || admin;
    }

    public boolean canEditAnything() {
        return editor || admin;
    }
}
