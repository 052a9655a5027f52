package org.livebrief.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code livebrief.webhooks.*} settings (MicroProfile Config; see the README's configuration table). */
@ApplicationScoped
public class WebhookSettings {

    /** Endpoints on loopback, link-local and private addresses are refused unless this is true (tests, an intranet CMS). */
    @Inject
    @ConfigProperty(name = "livebrief.webhooks.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;

    /** Attempts per delivery before it is marked failed and the endpoint's next delivery goes out. */
    @Inject
    @ConfigProperty(name = "livebrief.webhooks.attempts", defaultValue = "10")
    int attempts;

    /** The wait before the first retry; it doubles with every attempt, up to an hour. */
    @Inject
    @ConfigProperty(name = "livebrief.webhooks.backoff-millis", defaultValue = "5000")
    long backoffMillis;

    /** Connect and response timeout of one attempt. */
    @Inject
    @ConfigProperty(name = "livebrief.webhooks.timeout-millis", defaultValue = "10000")
    long timeoutMillis;

    /** How often a node looks for due deliveries besides being woken by a commit. */
    @Inject
    @ConfigProperty(name = "livebrief.webhooks.poll-millis", defaultValue = "1000")
    long pollMillis;

    /** Deliveries in flight at once on a node: the bound of the sending queue. */
    @Inject
    @ConfigProperty(name = "livebrief.webhooks.max-in-flight", defaultValue = "32")
    int maxInFlight;

    /** How long the old secret still signs after a rotation. */
    @Inject
    @ConfigProperty(name = "livebrief.webhooks.rotation-grace-seconds", defaultValue = "86400")
    long rotationGraceSeconds;

    // Read through methods: the bean is reached through a client proxy, whose fields are not the bean's.
    boolean allowPrivateAddresses() {
        return allowPrivateAddresses;
    }

    int attempts() {
        return attempts;
    }

    long backoffMillis() {
        return backoffMillis;
    }

    long timeoutMillis() {
        return timeoutMillis;
    }

    long pollMillis() {
        return pollMillis;
    }

    int maxInFlight() {
        return maxInFlight;
    }

    long rotationGraceSeconds() {
        return rotationGraceSeconds;
    }

    /** How long a node may hold deliveries it claimed: longer than an attempt can last. */
    long leaseMillis() {
        return Math.max(timeoutMillis * 3, 30_000);
    }
}
