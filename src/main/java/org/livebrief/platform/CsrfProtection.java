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
import java.util.Set;

/**
 * Synchronizer-token CSRF protection for the API. A state-changing request that belongs to an HTTP session
 * (the browser UI's sign-in) must echo the session's token in {@code X-CSRF-Token}; a mismatch is a 403
 * problem. Requests without a session (API clients with HTTP Basic) are exempt: a browser never adds Basic
 * credentials to a cross-site request on its own. Signing in ({@code POST /api/session}) is exempt too: it
 * only accepts JSON, which a cross-site form cannot send, and it starts a new session anyway.
 */
// asyncSupported: the event stream (live.EventStreamFilter) goes async behind this filter.
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CsrfProtection extends HttpFilter {

    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = CsrfProtection.class.getName() + ".token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (needsToken(request) && !matches(expected(request.getSession(false)), request.getHeader(HEADER))) {
            response.setStatus(403);
            response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
            response.getWriter().write(Problem.of(403, "csrf", "Forbidden",
                    "This request needs the X-CSRF-Token header of your session; reload the page").toJson());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean needsToken(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod()) || request.getSession(false) == null) {
            return false;
        }
        String path = request.getPathInfo();
        return !("POST".equals(request.getMethod()) && "/session".equals(path));
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
