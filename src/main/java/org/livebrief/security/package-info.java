/**
 * Defences at the edge of every request, before any feature sees it: sign-in throttling
 * ({@link org.livebrief.security.SignInThrottle}, applied to HTTP Basic by {@link org.livebrief.security.SignInGuard}
 * and to the editor's session sign-in by {@code platform.SessionResource}) and the security headers every response
 * carries ({@link org.livebrief.security.SecurityHeaders}).
 *
 * <p>Invariants: a failed password slows down the client that sent it and nobody else; no account is ever locked
 * (Elytron's own realm lockout is switched off in {@code livebrief.cli}, because it locks the account for everybody);
 * a throttled attempt is answered before the password is checked, so it costs no bcrypt round.
 */
package org.livebrief.security;
