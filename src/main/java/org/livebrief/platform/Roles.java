package org.livebrief.platform;

/** Role names, as granted by the Elytron security domain. */
public final class Roles {
    public static final String REPORTER = "reporter";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
