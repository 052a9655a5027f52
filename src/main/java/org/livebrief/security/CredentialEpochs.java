package org.livebrief.security;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * When each user's credentials last changed, as server properties that {@code add-user.sh} moves through the
 * management interface: anything remembered about a user from before (a Basic password in the
 * {@link CredentialCache}, a browser session's sign-in, {@link SessionEpoch}) no longer counts once their epoch differs
 * from the one it was made in. Livebrief cannot otherwise learn that a realm changed a password or took a role away.
 *
 * <p>Each user has their own property, so adding a reporter during breaking news signs no editor out. A property name
 * cannot hold every character a user name may have ({@code @}, non-ASCII letters from another realm), so the name is
 * written in hex (UTF-8): {@code livebrief.credentials.epoch.user.616c696365} is {@code alice}. The global property
 * {@value #GLOBAL} is part of every user's epoch: moving it by hand forgets everything about everyone at once.
 */
final class CredentialEpochs {

    static final String GLOBAL = "livebrief.credentials.epoch";
    static final String USER_PREFIX = GLOBAL + ".user.";

    private final UnaryOperator<String> properties;

    /** Reads the epochs through {@code properties} (a property's name to its value, {@code null} when unset). */
    CredentialEpochs(UnaryOperator<String> properties) {
        this.properties = properties;
    }

    /** The server's epochs, from its system properties. */
    static CredentialEpochs system() {
        return new CredentialEpochs(System::getProperty);
    }

    /** The epoch of {@code user}'s credentials now; it changes whenever the user's own or the global property does. */
    String of(String user) {
        return Objects.toString(properties.apply(GLOBAL), "") + "/"
                + Objects.toString(properties.apply(propertyOf(user)), "");
    }

    /** The property {@code add-user.sh} moves when it changes {@code user}. */
    static String propertyOf(String user) {
        return USER_PREFIX + HexFormat.of().formatHex(user.getBytes(StandardCharsets.UTF_8));
    }
}
