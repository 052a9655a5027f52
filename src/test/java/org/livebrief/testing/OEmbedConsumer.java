package org.livebrief.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An oEmbed consumer that does what WordPress core does when an author pastes a URL (WP_oEmbed::discover,
 * fetch_with_format and data2html, wp-includes/class-wp-oembed.php): fetch the page; read only what comes before
 * {@code </head>}; take each {@code <link …>} tag whose {@code type} is an oEmbed type and whose {@code href} is set
 * (JSON preferred over XML); add {@code maxwidth}, {@code maxheight}, {@code url} (the pasted URL, replacing any in the
 * link) and {@code dnt=1} to that address; fetch it; accept only 200 and a JSON object; for {@code rich} and
 * {@code video} use {@code html} if it is a string. No Java consumer on Maven Central is maintained (the one there,
 * eu.michael-simons:java-oembed, was last released in 2018 and builds on Spring Boot's dependency management), so
 * this follows the most used consumer's algorithm step by step, with jsoup reading the tag attributes as
 * WordPress's shortcode_parse_atts does.
 */
public final class OEmbedConsumer {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern LINK = Pattern.compile("<link([^<>]+)/?>", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> TYPES = Map.of("application/json+oembed", "json",
            "text/xml+oembed", "xml", "application/xml+oembed", "xml");

    /** What the consumer got: the provider's answer and the HTML it would put into the post. */
    public record Embed(String provider, JsonObject data, String html) {
    }

    private OEmbedConsumer() {
    }

    /** The discovered providers of {@code url}, by format ("json", "xml"), in document order. */
    public static Map<String, String> discover(String url) {
        String html = fetch(url).body();
        int headEnd = html.toLowerCase(Locale.ROOT).indexOf("</head>");
        if (headEnd >= 0) {
            html = html.substring(0, headEnd);
        }
        Map<String, String> providers = new LinkedHashMap<>();
        Matcher links = LINK.matcher(html);
        while (links.find()) {
            Element link = Jsoup.parseBodyFragment("<link" + links.group(1) + ">").selectFirst("link");
            if (link == null) {
                continue;
            }
            String format = TYPES.get(link.attr("type"));
            if (format != null && !link.attr("href").isEmpty()) {
                providers.putIfAbsent(format, link.attr("href")); // jsoup has decoded the entities already
            }
        }
        return providers;
    }

    /** Discovery, the request with the consumer's sizes, and the HTML; empty where WordPress would show the bare link. */
    public static Optional<Embed> embed(String url, int maxWidth, int maxHeight) {
        String provider = discover(url).get("json");
        if (provider == null) {
            return Optional.empty();
        }
        String request = withArguments(provider, Map.of("maxwidth", String.valueOf(maxWidth),
                "maxheight", String.valueOf(maxHeight), "url", url, "dnt", "1"));
        HttpResponse<String> answer = fetch(request);
        if (answer.statusCode() != 200) {
            return Optional.empty();
        }
        JsonObject data;
        try {
            data = Json.createReader(new StringReader(answer.body())).readObject();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        String type = data.getString("type", "");
        if ((type.equals("rich") || type.equals("video")) && data.get("html") instanceof jakarta.json.JsonString html) {
            return Optional.of(new Embed(request, data, html.getString()));
        }
        return Optional.empty();
    }

    /** add_query_arg: each argument replaces one of the same name in the address. */
    static String withArguments(String address, Map<String, String> arguments) {
        URI uri = URI.create(address);
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        arguments.forEach((name, value) -> query.put(name, URLEncoder.encode(value, StandardCharsets.UTF_8)));
        StringBuilder out = new StringBuilder(address.substring(0, address.indexOf('?') < 0 ? address.length()
                : address.indexOf('?')));
        String separator = "?";
        for (Map.Entry<String, String> pair : query.entrySet()) {
            out.append(separator).append(pair.getKey()).append('=').append(pair.getValue());
            separator = "&";
        }
        return out.toString();
    }

    public static HttpResponse<String> fetch(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("User-Agent", "WordPress/6.7; https://host.example").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
