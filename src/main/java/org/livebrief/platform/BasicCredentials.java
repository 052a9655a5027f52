package org.livebrief.platform;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Answers 401 to an {@code Authorization: Basic} header that is not base64 of {@code user:password}, before
 * Elytron's Basic mechanism sees it: that mechanism throws on a token that is not base64, and the request would
 * end as a 500. Runs first in the deployment's handler chain (see {@link ServletErrors}).
 */
final class BasicCredentials {

    private static final byte[] MALFORMED = Problem.of(401, "unauthenticated", "Unauthorized",
            "The Authorization header is not Basic base64(user:password)").toJson().getBytes(StandardCharsets.UTF_8);

    private BasicCredentials() {
    }

    static HttpHandler refuseMalformed(HttpHandler next) {
        return exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
            if (authorization != null && isMalformedBasic(authorization)) {
                refuse(exchange);
            } else {
                next.handleRequest(exchange);
            }
        };
    }

    static boolean isMalformedBasic(String authorization) {
        String header = authorization.strip();
        String lower = header.toLowerCase(Locale.ROOT);
        if (!lower.equals("basic") && !lower.startsWith("basic ")) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(5).strip()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') < 0;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static void refuse(HttpServerExchange exchange) {
        exchange.setStatusCode(401);
        exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Basic realm=\"Livebrief\", charset=\"UTF-8\"");
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(MALFORMED));
    }
}
