package org.livebrief.embeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The embed allowlist: the built-in providers this site turns on ({@code livebrief.embeds.providers}, all of them
 * by default) and the oEmbed providers an admin adds ({@code livebrief.embeds.oembed}). {@link #embed} is the one
 * place a pasted URL becomes an {@link Embed}: anything that is not a plain https address of an allowed provider's
 * post is refused with the reason.
 */
public final class EmbedProviders {

    public static final int MAX_URL_CHARS = 2048;
    private static final EmbedProviders DEFAULTS = new EmbedProviders(Set.of(Provider.values()), List.of());
    private static volatile EmbedProviders current;

    private final Set<Provider> enabled;
    private final List<OEmbedProvider> oEmbed;

    public EmbedProviders(Set<Provider> enabled, List<OEmbedProvider> oEmbed) {
        this.enabled = Set.copyOf(enabled);
        this.oEmbed = List.copyOf(oEmbed);
    }

    public static EmbedProviders defaults() {
        return DEFAULTS;
    }

    /** The deployment's allowlist (read once); the defaults where no MicroProfile Config is present (plain unit tests). */
    public static EmbedProviders current() {
        EmbedProviders providers = current;
        if (providers == null) {
            Config config;
            try {
                config = ConfigProvider.getConfig(EmbedProviders.class.getClassLoader());
            } catch (RuntimeException | java.util.ServiceConfigurationError e) {
                config = null;
            }
            providers = config == null ? DEFAULTS : from(config);
            current = providers;
        }
        return providers;
    }

    static EmbedProviders from(Config config) {
        Set<Provider> enabled = new LinkedHashSet<>();
        String listed = config.getOptionalValue("livebrief.embeds.providers", String.class)
                .orElse(Arrays.stream(Provider.values()).map(Provider::id).collect(Collectors.joining(",")));
        for (String id : listed.split("[\\s,]+")) {
            if (!id.isBlank() && !id.equals("none")) {
                enabled.add(Provider.ofId(id.toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
                        "livebrief.embeds.providers: no built-in provider " + id + " (known: "
                                + Arrays.stream(Provider.values()).map(Provider::id).collect(Collectors.joining(", ")) + ")")));
            }
        }
        List<OEmbedProvider> oEmbed = new ArrayList<>();
        for (String name : config.getOptionalValue("livebrief.embeds.oembed", String.class).orElse("").split("[\\s,]+")) {
            if (name.isBlank()) {
                continue;
            }
            String prefix = "livebrief.embeds.oembed." + name + ".";
            oEmbed.add(new OEmbedProvider(name, config.getOptionalValue(prefix + "title", String.class).orElse(name),
                    Arrays.stream(config.getValue(prefix + "schemes", String.class).split("[\\s,]+")).filter(s -> !s.isBlank()).toList(),
                    URI.create(config.getValue(prefix + "endpoint", String.class)),
                    config.getOptionalValue(prefix + "frames", String.class).filter(s -> !s.isBlank()).orElse(null)));
        }
        return new EmbedProviders(enabled, oEmbed);
    }

    /** The embed of a pasted URL, or the reason it is refused. */
    public Embed embed(String pasted) throws EmbedRefused {
        URI uri = check(pasted);
        String host = uri.getHost();
        String path = Optional.ofNullable(uri.getRawPath()).filter(p -> !p.isEmpty()).orElse("/");
        String query = Optional.ofNullable(uri.getRawQuery()).orElse("");
        Optional<Provider> provider = Provider.ofHost(host);
        if (provider.isPresent()) {
            if (!enabled.contains(provider.get())) {
                throw new EmbedRefused("is on " + provider.get().displayName + ", whose embeds this site does not allow");
            }
            return provider.get().embed(host, path, query);
        }
        String url = uri.toString();
        for (OEmbedProvider p : oEmbed) {
            if (p.matches(url)) {
                return p.embed(url);
            }
        }
        throw new EmbedRefused("is on " + host + ", which is not on this site's embed allowlist (allowed: " + names() + ")");
    }

    /** The allowed providers' names, for messages. */
    public String names() {
        return Stream.concat(Arrays.stream(Provider.values()).filter(enabled::contains).map(Provider::displayName),
                oEmbed.stream().map(OEmbedProvider::displayName)).collect(Collectors.joining(", "));
    }

    /** The origins players may be framed from: the reader page's {@code frame-src}, besides its own. */
    public List<String> frameOrigins() {
        return Stream.concat(Arrays.stream(Provider.values()).filter(enabled::contains).map(Provider::frameOrigin),
                oEmbed.stream().map(OEmbedProvider::frameOrigin).filter(o -> o != null)).distinct().toList();
    }

    /** A stored embed's player address is still allowed: its provider is on the list and it is on that provider's origin. */
    public boolean allowsFrame(String provider, String frameSrc) {
        return frameSrc != null && (Provider.ofId(provider).filter(enabled::contains).map(p -> frameSrc.startsWith(p.frameOrigin + "/")).orElse(false)
                || oEmbed.stream().anyMatch(p -> p.name().equals(provider) && p.frameOrigin() != null
                        && frameSrc.startsWith(p.frameOrigin() + "/")));
    }

    Optional<OEmbedProvider> oEmbedProvider(String name) {
        return oEmbed.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * A pasted URL as a plain web address: http(s) only (so never {@code javascript:} or {@code data:}), an ASCII host
     * name (an international one in its {@code xn--} form, which no provider uses, so look-alikes in other scripts fail),
     * no user name or password, no port but the scheme's, at most {@value #MAX_URL_CHARS} characters. Returned with
     * scheme https, host in lower case and no trailing dot.
     */
    static URI check(String pasted) throws EmbedRefused {
        String text = pasted == null ? "" : pasted.strip();
        if (text.isEmpty()) {
            throw new EmbedRefused("is empty: paste the address of a post or video");
        }
        if (text.length() > MAX_URL_CHARS) {
            throw new EmbedRefused("is longer than " + MAX_URL_CHARS + " characters");
        }
        if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new EmbedRefused("must be a plain web address: no spaces, control characters or letters outside ASCII");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new EmbedRefused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new EmbedRefused("must be an https:// address (other schemes, such as javascript: or data:, are never embedded)");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw new EmbedRefused("must not carry a user name or password (user@host)");
        }
        if (uri.getHost() == null) {
            throw new EmbedRefused("has no valid host name");
        }
        if (uri.getPort() != -1 && uri.getPort() != (scheme.equals("https") ? 443 : 80)) {
            throw new EmbedRefused("must not name a port");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return URI.create("https://" + host + rawTail(uri));
    }

    private static String rawTail(URI uri) {
        String path = Optional.ofNullable(uri.getRawPath()).filter(p -> !p.isEmpty()).orElse("/");
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
