package org.livebrief.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How a public answer may be cached, by browsers and by a CDN or reverse proxy in front (issue #19, item 3). Every
 * public page, feed and oEmbed answer says it the same way:
 * <ul>
 * <li>{@code Cache-Control: public, max-age=B, s-maxage=S, stale-while-revalidate=W, stale-if-error=E}: a browser
 * keeps it {@code B} seconds (short: it cannot be purged); a shared cache {@code S} seconds
 * ({@code livebrief.cdn.s-maxage}, default 10, the same as a browser; raise it once a purger is configured, since
 * every change then purges what it touched at once); both may serve it stale while they fetch it again, and for
 * {@code E} seconds while Livebrief is down;</li>
 * <li>{@code Surrogate-Control} with the shared cache's part, for CDNs that read it (Fastly, Varnish setups) and
 * strip it;</li>
 * <li>{@code Surrogate-Key} (space separated, Fastly and Varnish) and {@code Cache-Tag} (comma separated,
 * Cloudflare): what the answer shows, {@link #briefing} and {@link #entry} and {@link #name} keys and
 * {@link #FRONT}, the keys {@code hosting.CdnPurger} purges when something changes.</li>
 * </ul>
 */
public final class CachePolicy {

    /** The key of the front page: the list of briefings. */
    public static final String FRONT = "front";

    /** The cache lifetimes, in seconds. */
    public record Lifetimes(int sharedMaxAge, int staleWhileRevalidate, int staleIfError) {

        static Lifetimes from(Config config) {
            return new Lifetimes(
                    Math.max(0, config.getOptionalValue("livebrief.cdn.s-maxage", Integer.class).orElse(10)),
                    Math.max(0, config.getOptionalValue("livebrief.cdn.stale-while-revalidate", Integer.class).orElse(30)),
                    Math.max(0, config.getOptionalValue("livebrief.cdn.stale-if-error", Integer.class).orElse(86_400)));
        }
    }

    private static volatile Lifetimes lifetimes;

    private CachePolicy() {
    }

    static Lifetimes lifetimes() {
        Lifetimes current = lifetimes;
        if (current == null) {
            current = Lifetimes.from(ConfigProvider.getConfig());
            lifetimes = current;
        }
        return current;
    }

    public static String briefing(long id) {
        return "briefing-" + id;
    }

    public static String entry(long id) {
        return "entry-" + id;
    }

    public static String name(long entityId) {
        return "name-" + entityId;
    }

    /** The key of what lists a language's briefings (its feeds). */
    public static String language(String tag) {
        return "language-" + tag.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The {@code Cache-Control} of a public answer a browser may keep {@code browserMaxAge} seconds. A shared cache
     * keeps it at least as long, never shorter: {@code s-maxage} is the larger of the two.
     */
    public static String cacheControl(int browserMaxAge) {
        return cacheControl(browserMaxAge, lifetimes());
    }

    static String cacheControl(int browserMaxAge, Lifetimes l) {
        int browser = Math.max(0, browserMaxAge);
        return "public, max-age=" + browser + ", s-maxage=" + Math.max(browser, l.sharedMaxAge())
                + ", stale-while-revalidate=" + l.staleWhileRevalidate() + ", stale-if-error=" + l.staleIfError();
    }

    /** {@code Surrogate-Control}: the shared cache's part only. */
    public static String surrogateControl(int browserMaxAge) {
        return surrogateControl(browserMaxAge, lifetimes());
    }

    static String surrogateControl(int browserMaxAge, Lifetimes l) {
        return "max-age=" + Math.max(Math.max(0, browserMaxAge), l.sharedMaxAge()) + ", stale-while-revalidate="
                + l.staleWhileRevalidate() + ", stale-if-error=" + l.staleIfError();
    }

    /** The four header values of one answer, worked out once (a cached feed keeps them with its bytes). */
    public record Headers(String cacheControl, String surrogateControl, String surrogateKey, String cacheTag) {

        /** Sets them through {@code header} (a servlet response's or an Undertow exchange's); no key, no key headers. */
        public void apply(BiConsumer<String, String> header) {
            header.accept("Cache-Control", cacheControl);
            header.accept("Surrogate-Control", surrogateControl);
            if (surrogateKey != null) {
                header.accept("Surrogate-Key", surrogateKey);
                header.accept("Cache-Tag", cacheTag);
            }
        }
    }

    /** The headers of a public answer a browser may keep {@code browserMaxAge} seconds, showing {@code keys}. */
    public static Headers headers(int browserMaxAge, Collection<String> keys) {
        return headers(browserMaxAge, keys, lifetimes());
    }

    static Headers headers(int browserMaxAge, Collection<String> keys, Lifetimes l) {
        Set<String> unique = new LinkedHashSet<>(keys);
        return new Headers(cacheControl(browserMaxAge, l), surrogateControl(browserMaxAge, l),
                unique.isEmpty() ? null : String.join(" ", unique), unique.isEmpty() ? null : String.join(",", unique));
    }

    public static void apply(HttpServletResponse response, int browserMaxAge, Collection<String> keys) {
        headers(browserMaxAge, keys).apply(response::setHeader);
    }
}
