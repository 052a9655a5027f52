package org.livebrief.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code livebrief.cdn.*} purge settings (MicroProfile Config; the README's configuration table). The cache
 * lifetimes themselves ({@code livebrief.cdn.s-maxage} …) are read by {@code platform.CachePolicy}.
 */
@ApplicationScoped
public class CdnSettings {

    /** {@code none} (the default), {@code varnish}, {@code fastly} or {@code cloudflare}. */
    @Inject
    @ConfigProperty(name = "livebrief.cdn.purge", defaultValue = "none")
    String purge;

    /** Varnish: the caches to send {@code BAN} to, comma separated (each node of a Varnish tier). */
    @Inject
    @ConfigProperty(name = "livebrief.cdn.varnish.urls")
    Optional<List<String>> varnishUrls;

    @Inject
    @ConfigProperty(name = "livebrief.cdn.fastly.service")
    Optional<String> fastlyService;

    @Inject
    @ConfigProperty(name = "livebrief.cdn.fastly.token")
    Optional<String> fastlyToken;

    @Inject
    @ConfigProperty(name = "livebrief.cdn.fastly.api", defaultValue = "https://api.fastly.com")
    String fastlyApi;

    @Inject
    @ConfigProperty(name = "livebrief.cdn.cloudflare.zone")
    Optional<String> cloudflareZone;

    @Inject
    @ConfigProperty(name = "livebrief.cdn.cloudflare.token")
    Optional<String> cloudflareToken;

    @Inject
    @ConfigProperty(name = "livebrief.cdn.cloudflare.api", defaultValue = "https://api.cloudflare.com/client/v4")
    String cloudflareApi;

    /** How often the purger looks at the change log when no change woke it (changes on other nodes, retries). */
    @Inject
    @ConfigProperty(name = "livebrief.cdn.poll-millis", defaultValue = "1000")
    long pollMillis;

    /** The longest a purge request may take before it counts as failed and is retried. */
    @Inject
    @ConfigProperty(name = "livebrief.cdn.timeout-millis", defaultValue = "5000")
    long timeoutMillis;

    /** The configured target, or empty when purging is off. A setting missing for the chosen CDN fails the start. */
    Optional<CdnTarget> target() {
        java.time.Duration timeout = java.time.Duration.ofMillis(Math.max(100, timeoutMillis));
        return switch (purge.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "none" -> Optional.empty();
            case "varnish" -> Optional.of(new CdnTarget.Varnish(required(varnishUrls, "livebrief.cdn.varnish.urls"), timeout));
            case "fastly" -> Optional.of(new CdnTarget.Fastly(fastlyApi,
                    required(fastlyService, "livebrief.cdn.fastly.service"), required(fastlyToken, "livebrief.cdn.fastly.token"),
                    timeout));
            case "cloudflare" -> Optional.of(new CdnTarget.Cloudflare(cloudflareApi,
                    required(cloudflareZone, "livebrief.cdn.cloudflare.zone"),
                    required(cloudflareToken, "livebrief.cdn.cloudflare.token"), timeout));
            default -> throw new IllegalStateException("livebrief.cdn.purge is \"" + purge
                    + "\": none, varnish, fastly or cloudflare");
        };
    }

    /** The longest wait between two attempts after failed purges (the wait doubles from the poll interval). */
    @Inject
    @ConfigProperty(name = "livebrief.cdn.max-backoff-millis", defaultValue = "10000")
    long maxBackoffMillis;

    /** How long a node may serve a feed it cached before it checks the change log for other nodes' commits. */
    @Inject
    @ConfigProperty(name = "livebrief.feeds.revalidate-millis", defaultValue = "1000")
    long feedsRevalidateMillis;

    /**
     * When a purge is repeated ({@link PurgeRepeats}): once every node has checked its feeds against the change log,
     * with a quarter of a second to spare; {@code livebrief.cdn.repeat-millis} overrides it (0: no repeats, for one node).
     */
    @Inject
    @ConfigProperty(name = "livebrief.cdn.repeat-millis")
    Optional<Long> repeatMillis;

    long repeatMillis() {
        return repeatMillis.orElse(feedsRevalidateMillis + 250);
    }

    long pollMillis() {
        return Math.max(50, pollMillis);
    }

    long maxBackoffMillis() {
        return Math.max(pollMillis(), maxBackoffMillis);
    }

    private static <T> T required(Optional<T> value, String name) {
        return value.filter(v -> !(v instanceof String s && s.isBlank()) && !(v instanceof List<?> l && l.isEmpty()))
                .orElseThrow(() -> new IllegalStateException(name + " must be set for livebrief.cdn.purge"));
    }
}
