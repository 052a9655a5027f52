package org.livebrief.security;

import java.io.Serializable;

/**
 * Who signed in to an HTTP session ({@code POST /api/session}) and their {@link CredentialEpochs credentials epoch}
 * when they did. Elytron keeps the identity, roles included, in the session and never asks the realm again, so a user
 * whose password or roles {@code add-user.sh} changed would keep the old rights for as long as the session lives.
 * {@link ApiAuthentication} compares this with the user's current epoch on every request and ends the session when
 * they differ. The epoch is read before the password is checked, so a change that lands during the check ends the
 * new session too.
 */
record SessionEpoch(String user, String epoch) implements Serializable {

    static final String ATTRIBUTE = SessionEpoch.class.getName();

    /** Whether the user's credentials changed since this sign-in. */
    boolean endedBy(CredentialEpochs epochs) {
        return !epoch.equals(epochs.of(user));
    }
}
