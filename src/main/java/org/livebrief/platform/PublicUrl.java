package org.livebrief.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The one source of absolute public addresses: canonical links, feed links and WebSub topics, {@code Location}
 * headers. They come from {@code livebrief.public-url}, never from the request's {@code Host} header, which any
 * client can set and which would otherwise end up in cached pages and feeds. Without the setting, the server's
 * own configured HTTP address stands in ({@code http://127.0.0.1:8080} with WildFly's defaults, port offset
 * included): right for a development server, wrong behind a proxy, so it is logged at start-up.
 */
@ApplicationScoped
public class PublicUrl {

    private static final Logger LOG = Logger.getLogger(PublicUrl.class);

    private String base;

    @PostConstruct
    void configure() {
        base = base(ConfigProvider.getConfig(PublicUrl.class.getClassLoader()));
    }

    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (ConfigProvider.getConfig(PublicUrl.class.getClassLoader()).getOptionalValue("livebrief.public-url", String.class)
                .filter(u -> !u.isBlank()).isEmpty()) {
            LOG.warnf("livebrief.public-url is not set: public links, feed ids and WebSub topics use %s, the server's "
                    + "own address. Set it to the address readers use.", base);
        } else {
            LOG.infof("Public links use %s", base);
        }
    }

    /** Scheme, host and port, without a trailing slash: {@code https://news.example.com}. */
    public String base() {
        return base;
    }

    /** {@code path} (absolute, starting with the context root) under the public base. */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    public URI uri(String path) {
        return URI.create(of(path));
    }

    /** The public base for a deployment without CDI at hand (an Undertow extension): the same rule as {@link #base()}. */
    public static String base(Config config) {
        return configured(config.getOptionalValue("livebrief.public-url", String.class))
                .orElseGet(() -> serverAddress(config.getOptionalValue("jboss.bind.address", String.class).orElse("127.0.0.1"),
                        config.getOptionalValue("jboss.http.port", Integer.class).orElse(8080),
                        config.getOptionalValue("jboss.socket.binding.port-offset", Integer.class).orElse(0)));
    }

    static Optional<String> configured(Optional<String> value) {
        return value.map(String::strip).filter(u -> !u.isEmpty()).map(u -> {
            URI uri = URI.create(u);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("livebrief.public-url must be an http(s) URL such as "
                        + "https://news.example.com, not " + u);
            }
            return u.replaceAll("/+$", "");
        });
    }

    /** {@code http://{jboss.bind.address}:{jboss.http.port + port offset}}; a wildcard address becomes localhost. */
    static String serverAddress(String bindAddress, int httpPort, int portOffset) {
        String host = bindAddress.strip();
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "localhost";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + (httpPort + portOffset);
    }
}
