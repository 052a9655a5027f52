package org.livebrief.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request body and answer. Without a resolver, RESTEasy 6.2 builds a new {@link Jsonb}
 * for each read and each write ({@code ManagedJsonb}), so Yasson worked out the class model of every view and request
 * record again per request: about a tenth of the server's CPU in the publishing benchmark (docs/benchmarks.md).
 * A {@link Jsonb} is thread-safe; the configuration is JSON-B's default, as before.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb SHARED = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return SHARED;
    }
}
