package org.livebrief.workflow;

import jakarta.enterprise.inject.spi.CDI;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the signed-in user, from the container's built-in {@link Principal} bean.
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
            Principal principal = CDI.current().select(Principal.class).get();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
        } catch (RuntimeException e) {
            return SYSTEM;
        }
    }
}
