package org.livebrief.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.livebrief.platform.Problem;

/**
 * The way back from the identity provider to {@code /signin} ({@link SingleSignOn}), on Undertow's initial chain, so it
 * runs before the container's security handler. The session cookie is {@code SameSite=Strict}: the browser sends it
 * neither on the provider's redirect back (which carries the code) nor on the redirect that follows the code
 * exchange, since the whole chain started on another site. Without the cookie, {@code /signin} would look signed out
 * and the container would send the browser to the provider again, which signs it in again at once, forever.
 * <ul>
 * <li>A request for {@code /signin} without a code sets a short-lived {@code SameSite=Lax} marker cookie and goes on
 *     (to the provider, or to the editor if already signed in).</li>
 * <li>A request for {@code /signin} that brings the marker back, but no session cookie and no code, is that last
 *     redirect: it gets a page that moves on to the editor by itself, a same-site navigation that does carry the
 *     session cookie. The marker is cleared.</li>
 * </ul>
 * The marker proves nothing about anyone; it only chooses between that page and a redirect to the provider. Without
 * single sign-on {@code /signin} is a 404 problem, before any password prompt.
 */
public class SingleSignOnReturn implements ServletExtension {

    private static final String PATH = "/signin";
    private static final String SESSION_COOKIE = "JSESSIONID";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            if (!PATH.equals(exchange.getRelativePath())) {
                next.handleRequest(exchange);
            } else if (!SingleSignOn.enabled(deployment)) {
                send(exchange, 404, Problem.MEDIA_TYPE.toString(), Problem.of(404, "not-found", "Not Found",
                        "Single sign-on is not configured; sign in with a user name and password").toJson());
            } else {
                signIn(exchange, next, deployment.getContextPath());
            }
        });
    }

    private static void signIn(HttpServerExchange exchange, HttpHandler next, String contextPath) throws Exception {
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        boolean code = exchange.getQueryParameters().containsKey("code") || exchange.getQueryParameters().containsKey("state");
        boolean marked = exchange.getRequestCookie(SingleSignOn.MARKER) != null;
        if (code) {
            next.handleRequest(exchange);
        } else if (marked && exchange.getRequestCookie(SESSION_COOKIE) == null) {
            exchange.setResponseCookie(marker(contextPath, exchange.isSecure(), false));
            String editor = contextPath + "/editor/";
            send(exchange, 200, "text/html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"0;url=" + editor + "\"><title>Signed in</title></head>"
                    + "<body><p><a href=\"" + editor + "\">Continue to the newsroom desk</a></p></body></html>");
        } else {
            if (!marked) {
                exchange.setResponseCookie(marker(contextPath, exchange.isSecure(), true));
            }
            next.handleRequest(exchange);
        }
    }

    private static Cookie marker(String contextPath, boolean secure, boolean set) {
        return new CookieImpl(SingleSignOn.MARKER, set ? "1" : "").setPath(contextPath + PATH).setMaxAge(set ? 300 : 0)
                .setHttpOnly(true).setSecure(secure).setSameSiteMode("Lax");
    }

    private static void send(HttpServerExchange exchange, int status, String type, String body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type + ";charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)));
    }
}
