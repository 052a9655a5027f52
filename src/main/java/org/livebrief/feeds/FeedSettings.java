package org.livebrief.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.livebrief.platform.PublicUrl;

/**
 * Feed configuration (see the README's configuration table) and the addresses derived from it: the
 * public base URL ({@link PublicUrl}, never the request's Host) and the permanent {@code tag:} ids.
 */
@ApplicationScoped
public class FeedSettings {

    /** Used when neither a tag authority nor a public URL is configured; reserved by RFC 2606, so never real. */
    static final String FALLBACK_AUTHORITY = "livebrief.invalid";

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

    @Inject
    PublicUrl publicUrls;

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

    /** The public base URL feeds are served under, whatever the request's Host said. */
    public String base() {
        return publicUrls.base();
    }

    public List<String> basesForTopics() {
        return List.of(base());
    }

    public Optional<String> hub() {
        return hub.filter(h -> !h.isBlank()).map(String::strip);
    }

    /** How long a browser keeps a feed: a day for an archive page (it hardly changes), else {@code max-age}. */
    public int browserMaxAge(boolean archive) {
        return archive ? 86_400 : Math.max(0, maxAge);
    }

    public long revalidateNanos() {
        return revalidateMillis * 1_000_000L;
    }
}
