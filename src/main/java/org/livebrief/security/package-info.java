/**
 * Defences at the edge of every request, before any feature sees it: sign-in throttling
 * ({@link org.livebrief.security.SignInThrottle}, applied to HTTP Basic by {@link org.livebrief.security.SignInGuard}
 * and to the editor's session sign-in {@code /api/session}, {@link org.livebrief.security.SessionResource}), the
 * security headers every response carries ({@link org.livebrief.security.SecurityHeaders}), who may frame the
 * reader page ({@link org.livebrief.security.EmbedPolicy}), and authentication without a password hash per request:
 * API tokens ({@link org.livebrief.security.ApiTokens}, table {@code api_token}, {@code /api/tokens}) and a cache of
 * accepted HTTP Basic credentials ({@link org.livebrief.security.CredentialCache}), both made the request's user by
 * {@link org.livebrief.security.ApiAuthentication}, the first filter. Under single sign-on (WildFly's
 * {@code elytron-oidc-client}, {@code src/main/wildfly/oidc.cli}) the container's OIDC mechanism authenticates instead:
 * {@link org.livebrief.security.SingleSignOn} is the editor's way in ({@code /signin}) and
 * {@link org.livebrief.security.SingleSignOnReturn} the way back past the {@code SameSite=Strict} session cookie.
 *
 * <p>In the layers ({@code docs/architecture.md}) it sits right above {@code platform}, whose problem responses it
 * uses, and below the features; {@code briefing} asks it for the reader page's framing policy.
 *
 * <p>Invariants: a failed password slows down the client that sent it and nobody else; no account is ever locked
 * (Elytron's own realm lockout is switched off in {@code livebrief.cli}, because it locks the account for everybody);
 * a throttled attempt is answered before the password is checked, so it costs no bcrypt round. A token is stored only
 * as its SHA-256 and shown once; a valid token is always accepted, and only bad tokens are throttled, apart from
 * passwords ({@link org.livebrief.security.TokenGate}); a remembered Basic password is only ever one Elytron accepted,
 * and is forgotten when its time runs out or {@code add-user.sh} moves that user's credentials epoch
 * ({@link org.livebrief.security.CredentialEpochs}), which also ends the user's browser sessions on their next request
 * and no one else's. A caller is the same user to {@code isUserInRole} and to the container's {@code Principal}
 * (Envers).
 */
package org.livebrief.security;
