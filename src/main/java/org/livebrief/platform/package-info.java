/**
 * Wiring shared by every feature: the JAX-RS application under {@code /api}, authentication and role
 * checks, request limits, RFC 9457 problem responses, the injected {@link java.time.Clock}, Flyway
 * migrations at deploy, message bundles, and the browser UI's session sign-in. The ground floor: it
 * imports no feature package (demo content lives in {@code org.livebrief.demo}, at the top).
 *
 * <p>Two ways to authenticate, one security domain ({@code livebrief}): API clients send HTTP Basic on every
 * request (web.xml's login-config); the editor UI signs in once with {@code POST /api/session}, which calls
 * {@code HttpServletRequest.login}. On WildFly 39 Elytron keeps an identity established that way in the HTTP
 * session and restores it, with its roles, on later requests that carry only the session cookie, so no FORM
 * mechanism is needed (checked by experiment and pinned by {@code EditorUiIT}: sign in, read the session
 * with the cookie alone, sign out, then 401). Elytron never asks the realm again for such a session, so
 * {@code security.ApiAuthentication} ends it once {@code add-user.sh} has changed its user
 * ({@code security.SessionEpoch}).
 * Session-authenticated writes need the CSRF token
 * ({@link org.livebrief.platform.CsrfProtection}); the session cookie is HttpOnly, SameSite=Strict, and
 * Secure on HTTPS requests ({@code WEB-INF/undertow-handlers.conf}).
 *
 * <p>Background work runs on the application's own pools ({@link org.livebrief.platform.Threads}), never on the
 * server's shared executors; senders that follow the change log run in {@link org.livebrief.platform.Rounds}. What an
 * admin watches is counted in {@link org.livebrief.platform.Metrics} (scraped at {@code GET /api/metrics}). Public
 * answers say how to cache them through {@link org.livebrief.platform.CachePolicy}.
 *
 * <p>Invariants: no response ever carries a stack trace; a request that is the client's fault is
 * answered 4xx with {@code application/problem+json}; the schema changes only through the versioned
 * scripts in {@code db/migration}, which run before any other startup bean touches the database; every
 * state-changing request that belongs to an HTTP session carries that session's CSRF token.
 */
package org.livebrief.platform;
