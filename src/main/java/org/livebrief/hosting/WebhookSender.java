package org.livebrief.hosting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One attempt at one delivery: {@code POST} of the payload with the Standard Webhooks headers, signed with every
 * current secret of the endpoint. Connect and response timeouts bound an attempt; redirects are not followed (a
 * redirect could lead past the address check); the address is checked again just before sending.
 */
final class WebhookSender {

    /** How an attempt ended: the status, or null and why there was none. */
    record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status / 100 == 2;
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final boolean allowPrivate;
    private final Clock clock;

    WebhookSender(Duration timeout, boolean allowPrivate, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.allowPrivate = allowPrivate;
        this.clock = clock;
    }

    /** Never fails: a refused address, no connection, a timeout are outcomes too. */
    CompletableFuture<Outcome> send(WebhookOutbox.Delivery delivery) {
        Optional<String> refused = WebhookAddresses.refusal(delivery.url(), allowPrivate, WebhookAddresses.DNS);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, "refused: " + refused.get()));
        }
        String id = WebhookOutbox.messageId(delivery.id());
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Livebrief-Webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSignature.header(delivery.secrets(), id, timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(null, "refused: " + e.getMessage()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> failure != null
                ? new Outcome(null, failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()))
                : new Outcome(response.statusCode(), response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode()));
    }
}
