package org.livebrief.security;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.livebrief.platform.ClientAddress;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;

/**
 * Puts the {@link SignInThrottle} in front of HTTP Basic: a handler on Undertow's initial chain, which runs before
 * Elytron checks the password, answers a throttled client 429 without checking it, and afterwards tells the
 * throttle whether the credentials were accepted. The editor's session sign-in asks the same throttle
 * ({@link #throttle(ServletContext)}); bearer tokens have a {@link TokenGate} with a throttle of their own, so a bad
 * token never costs a password sign-in anything, nor the other way round. Registered in {@code META-INF/services},
 * like the feed fast path.
 *
 * <p>It also keeps HTTP Basic cheap for scripts: credentials accepted a moment ago are found in a
 * {@link CredentialCache} ({@code livebrief.basic-cache.seconds}, default 300, 0 turns it off;
 * {@code livebrief.basic-cache.max-entries}, default 10,000); then the {@code Authorization} header is taken off the
 * request, so Elytron does not check the password again, and {@link ApiAuthentication} makes the remembered identity
 * the request's user. Otherwise Elytron checks the password as before, and {@link ApiAuthentication} remembers it if
 * it was accepted.
 */
public class SignInGuard implements ServletExtension {

    private static final String ATTRIBUTE = SignInThrottle.class.getName();
    private static final String CLIENTS = ClientAddress.class.getName();
    private static final String CREDENTIALS = CredentialCache.class.getName();
    private static final String TOKENS = TokenGate.class.getName();
    /** Basic credentials found in the cache: the request runs as this identity, without Elytron's check. */
    static final AttachmentKey<Verified> VERIFIED = AttachmentKey.create(Verified.class);
    /** Basic credentials not in the cache: Elytron checks them, and if it accepts them they go in under this key. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final AttachmentKey<CredentialCache.Lookup<Verified>> PENDING = (AttachmentKey) AttachmentKey.create(CredentialCache.Lookup.class);
    private static final HttpString FORWARDED_FOR = new HttpString("X-Forwarded-For");
    private static final HttpString RETRY_AFTER = new HttpString("Retry-After");
    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        Config config = ConfigProvider.getConfig(deployment.getClassLoader());
        SignInThrottle throttle = new SignInThrottle(settings(config), Clock.systemUTC());
        ClientAddress clients = ClientAddress.configured(config);
        context.setAttribute(ATTRIBUTE, throttle);
        context.setAttribute(CLIENTS, clients);
        CredentialCache<Verified> credentials = new CredentialCache<>(
                Duration.ofSeconds(Math.max(0, config.getOptionalValue("livebrief.basic-cache.seconds", Long.class).orElse(300L))),
                config.getOptionalValue("livebrief.basic-cache.max-entries", Integer.class).orElse(10_000),
                Clock.systemUTC(), CredentialEpochs.system());
        context.setAttribute(CREDENTIALS, credentials);
        context.setAttribute(TOKENS, new TokenGate(new SignInThrottle(settings(config), Clock.systemUTC())));
        deployment.addInitialHandlerChainWrapper(next -> wrap(next, throttle, clients, credentials));
    }

    /** The deployment's cache of accepted Basic credentials. */
    @SuppressWarnings("unchecked")
    static CredentialCache<Verified> credentials(ServletContext context) {
        return (CredentialCache<Verified>) context.getAttribute(CREDENTIALS);
    }

    /** The deployment's gate for bearer tokens, with a throttle apart from the passwords' one. */
    static TokenGate tokenGate(ServletContext context) {
        return (TokenGate) context.getAttribute(TOKENS);
    }

    static SignInThrottle.Settings settings(Config config) {
        SignInThrottle.Settings d = SignInThrottle.Settings.defaults();
        return new SignInThrottle.Settings(
                config.getOptionalValue("livebrief.signin.free-failures", Integer.class).orElse(d.free()),
                config.getOptionalValue("livebrief.signin.address-free-failures", Integer.class).orElse(d.addressFree()),
                millis(config, "livebrief.signin.backoff-millis", d.base()),
                millis(config, "livebrief.signin.max-backoff-millis", d.max()),
                millis(config, "livebrief.signin.forget-millis", d.forget()),
                d.maxKeys());
    }

    private static Duration millis(Config config, String name, Duration fallback) {
        return config.getOptionalValue(name, Long.class).map(Duration::ofMillis).orElse(fallback);
    }

    /** The deployment's throttle, for sign-ins that do not come through HTTP Basic. */
    public static SignInThrottle throttle(ServletContext context) {
        return (SignInThrottle) context.getAttribute(ATTRIBUTE);
    }

    /** The problem a throttled client gets: 429 with the wait in {@code Retry-After} (whole seconds, rounded up). */
    public static ProblemException refusal(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ProblemException(new Problem("sign-in-throttled", "Too many requests", 429,
                "Too many failed sign-ins from your address; wait " + seconds + " s before the next attempt",
                List.of(), Map.of("retryAfter", seconds)));
    }

    /** The client address of a servlet request, under the trusted-proxy rule of {@link ClientAddress}. */
    public static InetAddress client(HttpServletRequest request) {
        ClientAddress clients = (ClientAddress) request.getServletContext().getAttribute(CLIENTS);
        InetAddress client = clients.address(request.getRemoteAddr(),
                Collections.list(request.getHeaders("X-Forwarded-For")));
        if (client == null) {
            throw new IllegalStateException("Not an address: " + request.getRemoteAddr());
        }
        return client;
    }

    private static HttpHandler wrap(HttpHandler next, SignInThrottle throttle, ClientAddress clients,
                                    CredentialCache<Verified> credentials) {
        return exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
            Optional<String> account = basicUser(authorization);
            if (account.isEmpty()) {
                next.handleRequest(exchange);
                return;
            }
            HeaderValues forwarded = exchange.getRequestHeaders().get(FORWARDED_FOR);
            InetAddress client = clients.address(exchange.getSourceAddress().getAddress().getHostAddress(),
                    forwarded == null ? List.of() : forwarded);
            Optional<Duration> wait = throttle.wait(client, account.get());
            if (wait.isPresent()) {
                refuse(exchange, refusal(wait.get()).problem());
                return;
            }
            Optional<String> decoded = basicCredentials(authorization);
            if (decoded.isPresent()) {
                CredentialCache.Lookup<Verified> lookup = credentials.lookup(account.get(), decoded.get());
                if (lookup.hit().isPresent()) {
                    exchange.getRequestHeaders().remove(Headers.AUTHORIZATION);
                    exchange.putAttachment(VERIFIED, lookup.hit().get());
                    next.handleRequest(exchange);
                    return;
                }
                exchange.putAttachment(PENDING, lookup);
            }
            exchange.addExchangeCompleteListener((done, nextListener) -> {
                if (!outcome(done, throttle, client, account.get()) && done.getStatusCode() == 401) {
                    CredentialCache.Lookup<Verified> pending = done.getAttachment(PENDING);
                    if (pending != null) {
                        credentials.refused(pending);
                    }
                }
                nextListener.proceed();
            });
            next.handleRequest(exchange);
        };
    }

    /**
     * Accepted when Elytron authenticated this very name; refused when it answered 401 without doing so (the caller
     * then drops what the credential cache remembered for these credentials, if anything). Whether it was accepted.
     */
    private static boolean outcome(HttpServerExchange exchange, SignInThrottle throttle, InetAddress client, String account) {
        SecurityContext security = exchange.getSecurityContext();
        boolean authenticated = security != null && security.isAuthenticated()
                && security.getAuthenticatedAccount() != null
                && account.equals(security.getAuthenticatedAccount().getPrincipal().getName());
        if (authenticated) {
            throttle.succeeded(client, account);
        } else if (exchange.getStatusCode() == 401) {
            throttle.failed(client, account);
        }
        return authenticated;
    }

    /** The user name of a Basic {@code Authorization} header; an undecodable one counts as the empty name. */
    static Optional<String> basicUser(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.of("");
        }
    }

    /** The decoded {@code user:password} of a Basic {@code Authorization} header, when it is one. */
    static Optional<String> basicCredentials(String authorization) {
        if (authorization == null || authorization.length() < 6
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') < 0 ? Optional.empty() : Optional.of(decoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void refuse(HttpServerExchange exchange, Problem problem) {
        exchange.setStatusCode(problem.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=UTF-8");
        exchange.getResponseHeaders().put(RETRY_AFTER, String.valueOf(problem.extensions().get("retryAfter")));
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseHeaders().put(NOSNIFF, "nosniff");
        exchange.getResponseSender().send(ByteBuffer.wrap(problem.toJson().getBytes(StandardCharsets.UTF_8)));
    }
}
