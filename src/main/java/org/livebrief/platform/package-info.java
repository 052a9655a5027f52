/**
 * Wiring shared by every feature: the JAX-RS application under {@code /api}, authentication and role
 * checks, request limits, RFC 9457 problem responses, the injected {@link java.time.Clock}, Flyway
 * migrations at deploy, demo content and message bundles.
 *
 * <p>Invariants: no response ever carries a stack trace; a request that is the client's fault is
 * answered 4xx with {@code application/problem+json}; the schema changes only through the versioned
 * scripts in {@code db/migration}, which run before any other startup bean touches the database.
 */
package org.livebrief.platform;
