package org.livebrief.platform;

import java.nio.charset.StandardCharsets;

/** Lets fuzz tests of other packages check a body as the server does before JSON-B binds it. */
public final class JsonBodiesAccess {

    private JsonBodiesAccess() {
    }

    public static void requireWellFormed(String json) {
        JsonBodies.requireWellFormed(json.getBytes(StandardCharsets.UTF_8));
    }
}
