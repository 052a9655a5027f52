package org.livebrief.feeds;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Tells a WebSub hub that a topic changed ({@code hub.mode=publish&hub.url=…}), off the caller's thread.
 * A failed ping (no connection, or a status other than 2xx) is retried with exponential backoff, up to
 * {@code attempts} tries; after that it is logged and dropped, since subscribers' readers poll anyway.
 */
final class WebSubHub {

    private static final Logger LOG = Logger.getLogger(WebSubHub.class);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI hub;
    private final ScheduledExecutorService executor;
    private final int attempts;
    private final long backoffMillis;

    WebSubHub(URI hub, ScheduledExecutorService executor, int attempts, long backoffMillis) {
        this.hub = hub;
        this.executor = executor;
        this.attempts = Math.max(1, attempts);
        this.backoffMillis = Math.max(1, backoffMillis);
    }

    /** Schedules the ping; returns at once. */
    void publish(String topic) {
        executor.execute(() -> attempt(topic, 1));
    }

    private void attempt(String topic, int attempt) {
        if (send(topic)) {
            return;
        }
        if (attempt >= attempts) {
            LOG.warnf("WebSub hub %s did not take %s after %d attempts; giving up", hub, topic, attempt);
            return;
        }
        long delay = backoffMillis << Math.min(attempt - 1, 16);
        executor.schedule(() -> attempt(topic, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    private boolean send(String topic) {
        String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(hub).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        try {
            int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return true;
            }
            LOG.debugf("WebSub hub %s answered %d for %s", hub, status, topic);
        } catch (java.io.IOException e) {
            LOG.debugf("WebSub hub %s unreachable for %s: %s", hub, topic, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
