package org.livebrief.security;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.livebrief.platform.Problem;

/**
 * The first filter of every request (declared first in {@code web.xml}): a caller whose credentials were checked
 * without Elytron's password mechanism is made the request's user here, for {@code getUserPrincipal},
 * {@code isUserInRole} (so {@code platform.AccessControl}, {@code @RolesAllowed} and the event streams see them) and,
 * by running the rest of the request as their Elytron identity, for the container's {@code Principal}.
 * <ul>
 * <li>{@code Authorization: Bearer lbt_…} ({@link BearerTokens}, {@link TokenGate}): a valid token is accepted, whatever
 *     else came from its address; an unknown, revoked or expired token is 401 {@code invalid-token} and counts as a
 *     failure for the client's address, and once those have added up it is 429 instead; a request the token's scope
 *     does not cover is 403 {@code token-scope}.</li>
 * <li>{@code Authorization: Bearer} with a token of the identity provider, under single sign-on ({@link SingleSignOn}):
 *     the container's OIDC mechanism has checked it; a good one made the request's user, and it goes on as that user.
 *     One it refused is 401 {@code invalid-token} like any unknown token, and so is a personal {@code lbt_} token,
 *     which is for the built-in users only.</li>
 * <li>HTTP Basic credentials {@link SignInGuard} found in its {@link CredentialCache}: no bcrypt round.</li>
 * <li>HTTP Basic credentials Elytron has just accepted: remembered in that cache for the next request.</li>
 * <li>A browser session ({@code POST /api/session}) whose user {@code add-user.sh} changed since the sign-in
 *     ({@link SessionEpoch}): the session is ended, and a request to the API is 401 {@code unauthenticated}, which
 *     the editor answers with its sign-in screen. Elytron would otherwise go on restoring the old identity and roles
 *     from the session. Pages outside the API are served as to anyone signed out.</li>
 * </ul>
 * CSRF rules ({@code platform.CsrfProtection}) run after this filter and apply unchanged to every request.
 */
public class ApiAuthentication extends HttpFilter {

    public static final String BEARER = "Bearer";
    private static final CredentialEpochs EPOCHS = CredentialEpochs.system();

    @Inject
    BearerTokens bearerTokens;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ServletRequestContext context = ServletRequestContext.current();
        Verified remembered = context == null ? null : context.getExchange().getAttachment(SignInGuard.VERIFIED);
        if (remembered != null) {
            runAs(remembered, request, response, chain);
            return;
        }
        Optional<String> bearer = bearer(request.getHeader("Authorization"));
        if (bearer.isPresent() && bearer.get().startsWith(TokenSecret.PREFIX) && SingleSignOn.enabled()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Livebrief\", error=\"invalid_token\"");
            write(response, ApiTokens.unauthorized("Personal API tokens are for the built-in users; this newsroom signs in"
                    + " through " + SingleSignOn.name() + ": send its access token"));
            return;
        }
        if (bearer.isPresent() && !(providerToken(bearer.get()) && request.getUserPrincipal() != null)) {
            bearer(bearer.get(), request, response, chain);
            return;
        }
        if (endStaleSession(request) && !signingInOrOut(request) && inApi(request)) {
            write(response, Problem.of(401, "unauthenticated", "Unauthorized",
                    "Your account was changed since you signed in; sign in again"));
            return;
        }
        if (context != null) {
            rememberBasic(context.getExchange().getAttachment(SignInGuard.PENDING), request);
        }
        chain.doFilter(request, response);
    }

    /** Ends the request's session if its user's credentials epoch moved since the sign-in; true when it did. */
    private static boolean endStaleSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object signedIn;
        try {
            signedIn = session == null ? null : session.getAttribute(SessionEpoch.ATTRIBUTE);
        } catch (IllegalStateException ended) {
            return false;
        }
        if (!(signedIn instanceof SessionEpoch epoch) || !epoch.endedBy(EPOCHS)) {
            return false;
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // Nobody was signed in through this request; invalidating the session is all that is left to do.
        }
        try {
            session.invalidate();
        } catch (IllegalStateException ended) {
            // Another request of this session ended it a moment ago.
        }
        return true;
    }

    /** {@code POST} and {@code DELETE /api/session} go on after a stale session ended: they start or end one anyway. */
    private static boolean signingInOrOut(HttpServletRequest request) {
        return "/session".equals(request.getPathInfo()) && "/api".equals(request.getServletPath())
                && ("POST".equals(request.getMethod()) || "DELETE".equals(request.getMethod()));
    }

    private static boolean inApi(HttpServletRequest request) {
        return "/api".equals(request.getServletPath()) || request.getServletPath().startsWith("/api/");
    }

    private void bearer(String secret, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TokenGate.Outcome outcome = SignInGuard.tokenGate(request.getServletContext())
                .check(SignInGuard.client(request), bearerTokens.find(secret), clock.instant());
        if (outcome instanceof TokenGate.Throttled throttled) {
            Problem problem = SignInGuard.refusal(throttled.retryAfter()).problem();
            response.setHeader("Retry-After", String.valueOf(problem.extensions().get("retryAfter")));
            write(response, problem);
        } else if (outcome instanceof TokenGate.Invalid invalid) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Livebrief\", error=\"invalid_token\"");
            write(response, ApiTokens.unauthorized(invalid.why()));
        } else if (outcome instanceof TokenGate.Accepted accepted) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            Optional<String> forbidden = accepted.grant().forbids(request.getMethod(), path);
            if (forbidden.isPresent()) {
                write(response, Problem.of(403, "token-scope", "Forbidden", forbidden.get()));
            } else {
                runAs(accepted.verified(), request, response, chain);
            }
        }
    }

    /** Elytron accepted these Basic credentials for this request: remember them, never a failure. */
    private static void rememberBasic(CredentialCache.Lookup<Verified> pending, HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        if (pending == null || user == null || !pending.user().equals(user.getName())) {
            return;
        }
        CredentialCache<Verified> cache = SignInGuard.credentials(request.getServletContext());
        Set<String> roles = Stream.of(org.livebrief.platform.Roles.REPORTER, org.livebrief.platform.Roles.EDITOR,
                org.livebrief.platform.Roles.ADMIN).filter(request::isUserInRole).collect(Collectors.toUnmodifiableSet());
        RealmIdentities.current(user.getName()).or(() -> RealmIdentities.byName(user.getName()))
                .ifPresent(identity -> cache.accepted(pending,
                        new Verified(user.getName(), roles, identity, HttpServletRequest.BASIC_AUTH)));
    }

    private static void runAs(Verified verified, HttpServletRequest request, HttpServletResponse response,
                              FilterChain chain) throws IOException, ServletException {
        HttpServletRequest signedIn = new SignedIn(request, verified);
        try {
            verified.identity().runAs((java.security.PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(signedIn, response);
                return null;
            });
        } catch (PrivilegedActionException e) {
            Exception cause = e.getException();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException servlet) {
                throw servlet;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ServletException(cause);
        }
    }

    /**
     * A bearer token that is not one of Livebrief's own: under single sign-on, the identity provider's, which the
     * container's OIDC mechanism checked before this filter ran (and made the request's user when it was good).
     */
    private static boolean providerToken(String secret) {
        return !secret.startsWith(TokenSecret.PREFIX) && SingleSignOn.enabled();
    }

    /** The token of an {@code Authorization: Bearer} header (the scheme in any case, RFC 7235). */
    static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).strip());
    }

    private static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setHeader("Cache-Control", "no-store");
        byte[] body = problem.toJson().getBytes(StandardCharsets.UTF_8);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The request as the verified caller makes it. */
    private static final class SignedIn extends HttpServletRequestWrapper {
        private final Verified verified;
        private final Principal principal;

        SignedIn(HttpServletRequest request, Verified verified) {
            super(request);
            this.verified = verified;
            this.principal = verified.identity().getPrincipal();
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return verified.name();
        }

        @Override
        public boolean isUserInRole(String role) {
            return verified.roles().contains(role);
        }

        @Override
        public String getAuthType() {
            return verified.authType();
        }
    }
}
