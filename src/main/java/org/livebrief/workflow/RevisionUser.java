package org.livebrief.workflow;

import java.security.Principal;
import org.hibernate.envers.RevisionListener;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Stamps each revision with the signed-in user: the principal of the identity the container runs the request as
 * (the one its built-in {@link Principal} bean gives, read from Elytron directly: looking the bean up through
 * {@code CDI.current()} for every revision was 2 % of the server's CPU while publishing, docs/benchmarks.md "Stop 22").
 * Work without a user (the embargo scheduler, start-up imports) is recorded as {@code system}.
 */
public class RevisionUser implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).setUsername(currentUser());
    }

    static String currentUser() {
        try {
            SecurityDomain domain = SecurityDomain.getCurrent();
            SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
            Principal principal = identity == null ? null : identity.getPrincipal();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
        } catch (RuntimeException e) {
            return SYSTEM;
        }
    }
}
