package org.livebrief.hosting;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an oEmbed {@code url} parameter points at: a briefing's reader page {@code {base}/livebrief/briefings/{slug}}
 * (with {@code #entry-{id}}: that entry in context) or an entry's page {@code …/briefings/{slug}/entries/{id}}. Only
 * addresses under the configured public base ({@code livebrief.public-url}) are ours; anything else is foreign. The
 * parse is strict: no user info, no dot segments, no encoded slash, no control characters.
 */
record OEmbedTarget(String slug, Long entryId) {

    static final int MAX_URL_LENGTH = 2048;
    private static final String PATH = "/livebrief/briefings/";
    private static final Pattern REST = Pattern.compile("([^/]+)(?:/entries/([1-9][0-9]{0,17}))?/?");
    private static final Pattern ENTRY_FRAGMENT = Pattern.compile("entry-([1-9][0-9]{0,17})");

    /** The url was not a usable absolute http(s) URL at all: 400, as opposed to a URL that is simply not ours (404). */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The target of {@code url} under {@code base} (scheme, host and port, as {@code PublicUrl.base()}), or empty when
     * the URL is well formed but not one of our briefing or entry pages.
     *
     * @throws Malformed when {@code url} is missing, too long, or not an absolute http(s) URL
     */
    static Optional<OEmbedTarget> parse(String url, String base) {
        if (url == null || url.isBlank()) {
            throw new Malformed("url is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new Malformed("url is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Malformed("url is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new Malformed("url must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null || !origin(uri).equals(origin(URI.create(base)))) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(PATH)) {
            return Optional.empty();
        }
        Matcher rest = REST.matcher(path.substring(PATH.length()));
        if (!rest.matches()) {
            return Optional.empty();
        }
        String slug = decode(rest.group(1));
        if (slug == null || slug.equals(".") || slug.equals("..") || slug.indexOf('/') >= 0
                || slug.chars().anyMatch(c -> Character.isISOControl(c) || c == '\\')) {
            return Optional.empty();
        }
        Long entryId = rest.group(2) == null ? null : Long.valueOf(rest.group(2));
        if (entryId == null && uri.getRawFragment() != null) {
            Matcher fragment = ENTRY_FRAGMENT.matcher(uri.getRawFragment());
            if (fragment.matches()) {
                entryId = Long.valueOf(fragment.group(1));
            }
        }
        return Optional.of(new OEmbedTarget(slug, entryId));
    }

    /** {@code scheme://host:port} with the default port spelled out and the host in lower case. */
    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }

    private static String decode(String segment) {
        try {
            // '+' is a plus in a path, not a space.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
