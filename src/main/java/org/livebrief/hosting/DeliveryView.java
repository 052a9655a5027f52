package org.livebrief.hosting;

import java.time.Instant;

/**
 * One line of an endpoint's delivery log. {@code state}: pending (waiting for its turn or its next attempt,
 * {@code nextAttemptAt}), delivered, failed (gave up after the last attempt, or the endpoint was deleted).
 */
public record DeliveryView(long id, String messageId, String event, long changeSeq, String state, int attempts,
                           Instant createdAt, Instant lastAttemptAt, Integer lastStatus, String lastError,
                           Instant deliveredAt, Instant nextAttemptAt) {
}
