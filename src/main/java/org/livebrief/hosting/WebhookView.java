package org.livebrief.hosting;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint as the admin API shows it. {@code secret} only in the answer that made it (registration, rotation);
 * {@code previousSecretValidUntil} while a rotated-out secret still signs.
 */
public record WebhookView(long id, String url, List<String> events, String description, String createdBy,
                          Instant createdAt, Instant previousSecretValidUntil, long version, String secret) {
}
