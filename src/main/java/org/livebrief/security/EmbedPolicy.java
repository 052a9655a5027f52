package org.livebrief.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.livebrief.embeds.EmbedProviders;

/**
 * Who may frame the reader page. The page itself only by this site ({@code frame-ancestors 'self'}), so nobody can
 * dress it up in a frame of their own; its embed version ({@code ?embed=1}) by the origins in
 * {@code livebrief.embed.origins} (space- or comma-separated, such as {@code https://partner.example}), or by any
 * site when that is {@code *}, the default, because partner newsrooms embedding the page is what the embed is for.
 */
@ApplicationScoped
public class EmbedPolicy {

    private static final String PAGE = "default-src 'self'; img-src 'self' https: data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; ";

    @Inject
    @ConfigProperty(name = "livebrief.embed.origins", defaultValue = "*")
    String origins;

    private volatile String embedAncestors;

    /** A mistyped origin or embed provider stops the deployment instead of breaking every embed later. */
    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        embedAncestors();
        EmbedProviders.current();
    }

    /**
     * The reader page's {@code Content-Security-Policy}. Its {@code frame-src} names the player origins of the embed
     * providers this site allows ({@link EmbedProviders#frameOrigins}): a frame from anywhere else never loads, even
     * from an entry saved before its provider was taken off the list. Nothing else of theirs is allowed: the page
     * loads no provider script, and until a reader asks for a player it loads nothing from them at all.
     */
    public String readerPolicy(boolean embed) {
        return PAGE + frameSources(EmbedProviders.current().frameOrigins()) + "frame-ancestors " + (embed ? embedAncestors() : "'self'");
    }

    static String frameSources(java.util.List<String> origins) {
        return "frame-src 'self'" + origins.stream().map(o -> " " + o).reduce("", String::concat) + "; ";
    }

    private String embedAncestors() {
        if (embedAncestors == null) {
            embedAncestors = ancestors(origins);
        }
        return embedAncestors;
    }

    /** {@code 'self'} and the configured origins, each checked to be a bare http(s) origin or {@code *}. */
    static String ancestors(String configured) {
        List<String> listed = Arrays.stream(Optional.ofNullable(configured).orElse("").split("[\\s,]+"))
                .filter(o -> !o.isBlank()).toList();
        StringBuilder ancestors = new StringBuilder("'self'");
        for (String origin : listed) {
            if (origin.equals("*")) {
                continue;
            }
            URI uri = URI.create(origin);
            boolean bare = uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty())
                    && uri.getRawQuery() == null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
            if (!bare) {
                throw new IllegalArgumentException("livebrief.embed.origins: not an origin such as https://partner.example: " + origin);
            }
            ancestors.append(' ').append(origin);
        }
        return listed.contains("*") ? "*" : ancestors.toString();
    }
}
