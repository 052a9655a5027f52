package org.livebrief.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CSRF protection for every state-changing request under {@code /api} (any method but GET, HEAD, OPTIONS
 * and TRACE), whoever authenticates it and whichever resource it reaches:
 * <ol>
 * <li>a request a browser marks as made by another site ({@code Sec-Fetch-Site}, else {@code Origin}) is a
 * 403 problem, sign-in included ({@link CrossSiteCheck});</li>
 * <li>a request that belongs to an HTTP session (the browser UI's sign-in) must echo the session's token in
 * {@code X-CSRF-Token} (synchronizer token), except signing in itself, which starts a new session;</li>
 * <li>any other request with a body, or with a {@code Content-Type}, must send JSON or CSV, unless it
 * carries {@code X-Requested-With}: a form or a preflight-free {@code fetch} from another site can send
 * neither. Otherwise 415. A browser holding Basic credentials attaches them to a cross-site request too, so
 * Basic clients are not exempt.</li>
 * </ol>
 * A POST with no body and no type ({@code curl -u … -X POST …/publish}) passes layers 1 and 3.
 */
// asyncSupported: the event stream (live.EventStreamFilter) goes async behind this filter.
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CsrfProtection extends HttpFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = CsrfProtection.class.getName() + ".token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Origins besides the request's Host that count as this server: the configured public URL's. */
    private volatile List<String> ownOrigins = List.of();

    @Override
    public void init() {
        ownOrigins = Stream.of(ConfigProvider.getConfig().getOptionalValue("livebrief.public-url", String.class))
                .flatMap(java.util.Optional::stream)
                .map(CrossSiteCheck::originOf)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Problem refusal = SAFE.contains(request.getMethod()) ? null : refusal(request);
        if (refusal != null) {
            response.setStatus(refusal.status());
            response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
            response.getWriter().write(refusal.toJson());
            return;
        }
        chain.doFilter(request, response);
    }

    private Problem refusal(HttpServletRequest request) {
        CrossSiteCheck.Verdict verdict = CrossSiteCheck.check(
                CrossSiteCheck.of(request::getHeader, hasBody(request)), ownOrigins);
        if (verdict == CrossSiteCheck.Verdict.CROSS_SITE) {
            return Problem.of(403, "csrf", "Forbidden",
                    "Another site cannot change anything here; open the editor on this server");
        }
        boolean signIn = "POST".equals(request.getMethod()) && "/session".equals(request.getPathInfo());
        if (request.getSession(false) != null && !signIn) {
            return matches(expected(request.getSession(false)), request.getHeader(HEADER)) ? null
                    : Problem.of(403, "csrf", "Forbidden",
                            "This request needs the X-CSRF-Token header of your session; reload the page");
        }
        if (verdict == CrossSiteCheck.Verdict.OTHER_MEDIA_TYPE) {
            return Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                    "Send the body as application/json (or text/csv where an endpoint takes CSV); "
                            + "a request without a body must not declare a Content-Type");
        }
        return null;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** The session's token, made on first use: 32 random bytes, URL-safe Base64. */
    public static String tokenOf(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }

    private static String expected(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }

    static boolean matches(String expected, String sent) {
        if (expected == null || sent == null) {
            return false;
        }
        // Constant time, so the token cannot be guessed byte by byte from response times.
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
