package org.livebrief.security;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.livebrief.platform.ClientAddress;

/**
 * Headers every response gets, whoever made it (a servlet, JAX-RS, the feed fast path, Elytron's 401 page): set on
 * Undertow's initial chain when the response is committed, so no later code can forget or override them.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} everywhere.</li>
 * <li>{@code Strict-Transport-Security} when the request came over TLS, directly or through a trusted proxy
 *     ({@code livebrief.trusted-proxies}) that says so ({@code X-Forwarded-Proto: https}); the header from anyone
 *     else is ignored, as {@code X-Forwarded-For} is. {@code livebrief.security.hsts-seconds}, 0 turns it off.</li>
 * <li>{@code Cache-Control: no-store} on every API answer to a request that carries credentials (HTTP Basic or a
 *     session), whatever the resource chose: staff answers hold drafts and embargoed copy, and no shared or
 *     browser cache may keep them.</li>
 * </ul>
 * The reader page's framing rules are the page's own ({@link EmbedPolicy}); the editor's CSP is
 * {@code platform.EditorPages}'.
 */
public class SecurityHeaders implements ServletExtension {

    static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
    static final HttpString HSTS = new HttpString("Strict-Transport-Security");
    private static final HttpString FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        Config config = ConfigProvider.getConfig(deployment.getClassLoader());
        long hstsSeconds = config.getOptionalValue("livebrief.security.hsts-seconds", Long.class).orElse(31_536_000L);
        ClientAddress proxies = ClientAddress.configured(config);
        String api = deployment.getContextPath() + "/api/";
        deployment.addInitialHandlerChainWrapper(next -> wrap(next, api, hstsSeconds, proxies));
    }

    private static HttpHandler wrap(HttpHandler next, String api, long hstsSeconds, ClientAddress proxies) {
        return exchange -> {
            java.net.InetSocketAddress source = exchange.getSourceAddress();
            String peer = source == null || source.getAddress() == null ? "" : source.getAddress().getHostAddress();
            boolean secure = secure(exchange.getRequestScheme(), peer, exchange.getRequestHeaders().getFirst(FORWARDED_PROTO),
                    proxies);
            boolean isApi = exchange.getRequestURI().startsWith(api);
            boolean credentials = isApi && carriesCredentials(exchange);
            exchange.addResponseCommitListener(committed -> {
                HeaderMap headers = committed.getResponseHeaders();
                headers.put(NOSNIFF, "nosniff");
                if (secure && hstsSeconds > 0) {
                    headers.put(HSTS, "max-age=" + hstsSeconds);
                }
                if (credentials || isApi && authenticated(committed)) {
                    headers.put(Headers.CACHE_CONTROL, "no-store");
                    headers.remove(Headers.EXPIRES);
                }
            });
            next.handleRequest(exchange);
        };
    }

    /** Over TLS: the connection's own scheme, or {@code X-Forwarded-Proto} when a trusted proxy sent it. */
    static boolean secure(String scheme, String peer, String forwardedProto, ClientAddress proxies) {
        return "https".equalsIgnoreCase(scheme) || (forwardedProto != null && proxies.isTrustedPeer(peer)
                && "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip()));
    }

    private static boolean carriesCredentials(HttpServerExchange exchange) {
        return exchange.getRequestHeaders().contains(Headers.AUTHORIZATION)
                || exchange.getRequestCookie("JSESSIONID") != null;
    }

    private static boolean authenticated(HttpServerExchange exchange) {
        SecurityContext security = exchange.getSecurityContext();
        return security != null && security.isAuthenticated();
    }
}
