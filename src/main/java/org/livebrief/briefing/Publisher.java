package org.livebrief.briefing;

import java.net.URI;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The site's publisher as schema.org and Open Graph name it ({@code livebrief.publisher.*}, MicroProfile Config; see the
 * README's configuration table): the newsroom's name, its logo and its home page. Read once at deployment; a logo
 * that is neither an http(s) URL nor a path on this site is refused there.
 *
 * @param name the organisation's name ({@code livebrief.publisher.name}; the application's name when unset)
 * @param logo an absolute http(s) URL or a path on this site starting with {@code /}; null when unset
 * @param url the newsroom's home page, or null
 */
record Publisher(String name, String logo, String url) {

    static final String DEFAULT_NAME = "Livebrief";

    static Publisher current() {
        return from(ConfigProvider.getConfig(Publisher.class.getClassLoader()));
    }

    static Publisher from(Config config) {
        return of(config.getOptionalValue("livebrief.publisher.name", String.class).orElse(null),
                config.getOptionalValue("livebrief.publisher.logo", String.class).orElse(null),
                config.getOptionalValue("livebrief.publisher.url", String.class).orElse(null));
    }

    static Publisher of(String name, String logo, String url) {
        String shownName = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        return new Publisher(shownName, address("livebrief.publisher.logo", logo, true),
                address("livebrief.publisher.url", url, false));
    }

    /** The logo as an absolute URL, a path on this site made absolute under {@code base}. */
    String logoUrl(String base) {
        return logo == null || !logo.startsWith("/") ? logo : base + logo;
    }

    private static String address(String setting, String value, boolean pathAllowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        if (pathAllowed && address.startsWith("/") && !address.startsWith("//")) {
            return URI.create(address).normalize().toString();
        }
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not a URL: " + value, e);
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(setting + " must be an http(s) URL" + (pathAllowed ? " or a path on this site" : "")
                    + ", not " + value);
        }
        return address;
    }
}
