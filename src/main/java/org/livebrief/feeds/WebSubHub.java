package org.livebrief.feeds;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Tells a WebSub hub that a topic changed ({@code hub.mode=publish&hub.url=…}). One attempt per call; the
 * retries, and what survives a restart, are {@link WebSubOutbox}'s business.
 */
final class WebSubHub {

    private static final Logger LOG = Logger.getLogger(WebSubHub.class);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI hub;

    WebSubHub(URI hub) {
        this.hub = hub;
    }

    /** Completes with true when the hub answered 2xx; false on any other status or no connection. Never fails. */
    CompletableFuture<Boolean> publish(String topic) {
        String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(hub).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            if (failure != null) {
                LOG.debugf("WebSub hub %s unreachable for %s: %s", hub, topic, failure.getMessage());
                return false;
            }
            if (response.statusCode() / 100 != 2) {
                LOG.debugf("WebSub hub %s answered %d for %s", hub, response.statusCode(), topic);
                return false;
            }
            return true;
        });
    }
}
