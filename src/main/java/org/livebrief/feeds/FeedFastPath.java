package org.livebrief.feeds;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Serves feeds that are certainly current straight from {@link FeedCache} on Undertow's I/O thread, before
 * the servlet machinery (worker dispatch, security, servlet wrappers) runs. Measured on the same bytes, that
 * lifts a cached feed from well under to about nginx's rate (docs/benchmarks.md). Everything else (a cache miss, an entry due for
 * revalidation, HEAD, redirects, 404s) falls through to {@link FeedServlet}, which gives the same answer
 * with the same headers, only slower. Registered in {@code META-INF/services}; WildFly-specific by design.
 */
public class FeedFastPath implements ServletExtension {

    private static final String PREFIX = FeedPaths.CONTEXT + FeedRequest.ROOT;
    private static final HttpString LINK = new HttpString("Link");
    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");

    /** {@code livebrief.feeds.fast-path=false} leaves every feed request to the servlet (for comparison). */
    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        boolean enabled = ConfigProvider.getConfig(deployment.getClassLoader())
                .getOptionalValue("livebrief.feeds.fast-path", Boolean.class).orElse(true);
        if (enabled) {
            deployment.addInitialHandlerChainWrapper(FeedFastPath::wrap);
        }
    }

    private static HttpHandler wrap(HttpHandler next) {
        return exchange -> {
            RenderedFeed feed = null;
            // A feed in another script (?script=) is cached under its own key: the servlet serves it.
            if (exchange.getRequestMethod().equals(Methods.GET) && exchange.getRequestURI().startsWith(PREFIX)
                    && !exchange.getQueryParameters().containsKey(org.livebrief.briefing.Scripts.PARAMETER)) {
                feed = FeedCache.fresh(exchange.getRequestURI());
            }
            if (feed == null) {
                next.handleRequest(exchange);
            } else {
                org.livebrief.platform.Metrics.feedCache(org.livebrief.platform.Metrics.FeedCacheResult.FAST);
                send(exchange, feed);
            }
        };
    }

    private static void send(HttpServerExchange exchange, RenderedFeed feed) {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(Headers.ETAG, feed.etag());
        headers.put(Headers.LAST_MODIFIED, feed.lastModifiedHeader());
        feed.cache().apply((name, value) -> headers.put(io.undertow.util.HttpString.tryFromString(name), value));
        headers.put(Headers.VARY, feed.vary());
        headers.put(LINK, feed.link());
        HeaderMap request = exchange.getRequestHeaders();
        if (ConditionalGet.notModified(request.getFirst(Headers.IF_NONE_MATCH), request.getFirst(Headers.IF_MODIFIED_SINCE),
                feed.etag(), feed.lastModified())) {
            exchange.setStatusCode(304);
            exchange.endExchange();
            return;
        }
        headers.put(Headers.CONTENT_TYPE, feed.contentType(request.getFirst(Headers.ACCEPT)));
        headers.put(NOSNIFF, "nosniff");
        byte[] body = feed.identity();
        if (FeedServlet.acceptsGzip(request.getFirst(Headers.ACCEPT_ENCODING))) {
            body = feed.gzip();
            headers.put(Headers.CONTENT_ENCODING, "gzip");
        }
        headers.put(Headers.CONTENT_LENGTH, body.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
