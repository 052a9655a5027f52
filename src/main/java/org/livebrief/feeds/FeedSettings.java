package org.livebrief.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Feed configuration (see the README's configuration table) and the addresses derived from it: the
 * public base URL of a request and the permanent {@code tag:} ids.
 */
@ApplicationScoped
public class FeedSettings {

    /** Used when neither a tag authority nor a public URL is configured; reserved by RFC 2606, so never real. */
    static final String FALLBACK_AUTHORITY = "livebrief.invalid";
    private static final int KNOWN_BASES = 4;

    @Inject
    @ConfigProperty(name = "livebrief.feeds.page-size", defaultValue = "50")
    int pageSize;

    @Inject
    @ConfigProperty(name = "livebrief.feeds.tag-authority")
    Optional<String> tagAuthority;

    @Inject
    @ConfigProperty(name = "livebrief.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "livebrief.feeds.max-age", defaultValue = "30")
    int maxAge;

    @Inject
    @ConfigProperty(name = "livebrief.feeds.revalidate-millis", defaultValue = "1000")
    long revalidateMillis;

    @Inject
    @ConfigProperty(name = "livebrief.websub.hub")
    Optional<String> hub;

    /** The base URLs feeds were served under lately, oldest first: WebSub topics are named after them. */
    private volatile List<String> seenBases = List.of();
    private volatile Optional<String> configuredBase;

    public int pageSize() {
        return Math.max(1, pageSize);
    }

    public TagIds tagIds() {
        return new TagIds(authority(tagAuthority, publicUrl));
    }

    /** {@code livebrief.feeds.tag-authority}, else the host of {@code livebrief.public-url}, else a fixed placeholder. */
    static String authority(Optional<String> configured, Optional<String> publicUrl) {
        return configured.filter(a -> !a.isBlank()).map(String::strip)
                .or(() -> publicUrl.filter(u -> !u.isBlank()).map(u -> URI.create(u.strip()).getHost()))
                .orElse(FALLBACK_AUTHORITY);
    }

    /** The configured public URL without a trailing slash, else {@code requestBase}; remembered for WebSub. */
    public String base(String requestBase) {
        String base = configuredBase().orElse(requestBase);
        if (!seenBases.contains(base)) {
            remember(base);
        }
        return base;
    }

    private synchronized void remember(String base) {
        List<String> bases = new ArrayList<>(seenBases);
        bases.remove(base);
        bases.add(base);
        seenBases = List.copyOf(bases.subList(Math.max(0, bases.size() - KNOWN_BASES), bases.size()));
    }

    public List<String> basesForTopics() {
        return configuredBase().map(List::of).orElse(seenBases);
    }

    private Optional<String> configuredBase() {
        if (configuredBase == null) {
            configuredBase = publicUrl.filter(u -> !u.isBlank()).map(u -> u.strip().replaceAll("/+$", ""));
        }
        return configuredBase;
    }

    public Optional<String> hub() {
        return hub.filter(h -> !h.isBlank()).map(String::strip);
    }

    public String cacheControl(boolean archive) {
        int age = archive ? 86_400 : Math.max(0, maxAge);
        int stale = archive ? 604_800 : Math.max(60, 2 * maxAge);
        return "public, max-age=" + age + ", stale-while-revalidate=" + stale;
    }

    public long revalidateNanos() {
        return revalidateMillis * 1_000_000L;
    }
}
