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
import org.livebrief.platform.PublicUrl;

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
 * <li>A {@code Location} that the container built from the request's {@code Host} (its redirect of a folder to
 *     the folder with a slash, {@code /livebrief/editor} → {@code /livebrief/editor/}) is moved to the public base
 *     ({@code livebrief.public-url}, {@code platform.PublicUrl}): a client must not choose where it sends people.</li>
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
        String publicBase = PublicUrl.base(config);
        String api = deployment.getContextPath() + "/api/";
        deployment.addInitialHandlerChainWrapper(next -> wrap(next, api, hstsSeconds, proxies, publicBase));
    }

    private static HttpHandler wrap(HttpHandler next, String api, long hstsSeconds, ClientAddress proxies,
                                    String publicBase) {
        return exchange -> {
            java.net.InetSocketAddress source = exchange.getSourceAddress();
            String peer = source == null || source.getAddress() == null ? "" : source.getAddress().getHostAddress();
            boolean secure = secure(exchange.getRequestScheme(), peer, exchange.getRequestHeaders().getFirst(FORWARDED_PROTO),
                    proxies);
            boolean isApi = exchange.getRequestURI().startsWith(api);
            boolean credentials = isApi && carriesCredentials(exchange);
            String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
            exchange.addResponseCommitListener(committed -> {
                HeaderMap headers = committed.getResponseHeaders();
                headers.put(NOSNIFF, "nosniff");
                String location = headers.getFirst(Headers.LOCATION);
                if (location != null) {
                    headers.put(Headers.LOCATION, publicLocation(location, host, publicBase));
                }
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

    /**
     * {@code location} with the origin the container took from the request's {@code Host} replaced by the public
     * base; any other location (a relative one, one the application made from the public base, another site's)
     * as it is.
     */
    static String publicLocation(String location, String host, String publicBase) {
        if (host == null || host.isBlank()) {
            return location;
        }
        for (String scheme : new String[] {"http://", "https://"}) {
            String origin = scheme + host.strip();
            if (location.regionMatches(true, 0, origin, 0, origin.length())
                    && (location.length() == origin.length() || "/?#".indexOf(location.charAt(origin.length())) >= 0)
                    && !location.regionMatches(true, 0, publicBase, 0, publicBase.length())) {
                return publicBase + location.substring(origin.length());
            }
        }
        return location;
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
