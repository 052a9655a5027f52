package org.livebrief.embeds;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A provider an admin adds by its oEmbed URL schemes and endpoint ({@code livebrief.embeds.oembed.<name>.*}). Its
 * player address cannot be derived from the URL, so Livebrief asks the endpoint on save and keeps only the
 * {@code src} of an {@code <iframe>} in the answer, and only when that is on the configured {@code frames} origin;
 * without one the embed is a link with the title.
 *
 * @param name        the id in stored bodies and configuration (letters, digits, dashes)
 * @param displayName what readers see on the placeholder
 * @param schemes     oEmbed URL schemes such as {@code https://media.example/videos/*}
 * @param endpoint    the provider's oEmbed endpoint (https)
 * @param frameOrigin the origin its players are served from, or null for link-only embeds
 */
public record OEmbedProvider(String name, String displayName, List<String> schemes, URI endpoint, String frameOrigin) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public OEmbedProvider {
        if (!NAME.matcher(name).matches() || Provider.ofId(name).isPresent()) {
            throw new IllegalArgumentException("livebrief.embeds.oembed: a provider's name must be lower-case letters, "
                    + "digits and dashes and not one of the built-in providers: " + name);
        }
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException("livebrief.embeds.oembed." + name + ".schemes: at least one URL scheme is needed");
        }
        schemes.forEach(OEmbedProvider::pattern);
        if (!"https".equals(endpoint.getScheme()) && !"http".equals(endpoint.getScheme()) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("livebrief.embeds.oembed." + name + ".endpoint: not an http(s) URL: " + endpoint);
        }
        if (frameOrigin != null && !frameOrigin.matches("https://[a-z0-9.-]+(?::[0-9]{1,5})?")) {
            throw new IllegalArgumentException("livebrief.embeds.oembed." + name + ".frames: not an https origin: " + frameOrigin);
        }
    }

    /** Whether a checked URL (scheme and host in lower case) matches one of the schemes. */
    boolean matches(String url) {
        return schemes.stream().anyMatch(s -> pattern(s).matcher(url).matches());
    }

    Embed embed(String url) {
        return new Embed(name, displayName, url, null);
    }

    /**
     * An oEmbed scheme as a pattern: a {@code *} in the host stands for one DNS label, in the path for any characters
     * but {@code #}, so {@code https://*.example/*} never matches {@code https://evil.test/?.example/}.
     */
    static Pattern pattern(String scheme) {
        java.util.regex.Matcher m = Pattern.compile("(https?)://([a-z0-9.*-]+)(/.*)").matcher(scheme);
        if (!m.matches()) {
            throw new IllegalArgumentException("livebrief.embeds.oembed: not a URL scheme such as https://media.example/videos/*: " + scheme);
        }
        String host = Pattern.quote(m.group(2)).replace("*", "\\E[a-z0-9-]{1,63}\\Q");
        String path = Pattern.quote(m.group(3)).replace("*", "\\E[^#\\s]*\\Q");
        return Pattern.compile(m.group(1) + "://" + host + path);
    }
}
