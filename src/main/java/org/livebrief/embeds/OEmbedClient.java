package org.livebrief.embeds;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Asks a provider's oEmbed endpoint about a URL when an entry is saved: its title for the placeholder and, for an
 * admin's oEmbed provider, the address of its player. The whole exchange, name lookup included, is bounded by a
 * timeout; any failure (no network, a slow or broken provider, an answer over 64 KiB) is an empty answer, and the
 * embed is saved without a title. The {@code html} of an answer is never stored: only an {@code <iframe src>} on
 * the provider's configured frame origin is read from it.
 */
public final class OEmbedClient {

    /** Looked up once: {@code Json.createXxx} asks the ServiceLoader for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int MAX_ANSWER_BYTES = 64 * 1024;
    public static final int MAX_TITLE_CHARS = 300;

    private final HttpClient http;
    private final Duration timeout;

    public OEmbedClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What an endpoint said about a URL; both parts may be null. */
    public record Answer(String title, String frameSrc) {
        static final Answer NONE = new Answer(null, null);
    }

    /** The provider's answer for {@code embed}, or {@link Answer#NONE} when it has no endpoint or does not answer in time. */
    public Answer ask(EmbedProviders providers, Embed embed) {
        Optional<OEmbedProvider> configured = providers.oEmbedProvider(embed.provider());
        String endpoint = configured.map(p -> p.endpoint().toString())
                .orElseGet(() -> Provider.ofId(embed.provider()).map(p -> p.oEmbedEndpoint).orElse(null));
        if (endpoint == null) {
            return Answer.NONE;
        }
        String frameOrigin = configured.map(OEmbedProvider::frameOrigin).orElse(null);
        return ask(URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + "format=json&url="
                + URLEncoder.encode(embed.url(), StandardCharsets.UTF_8)), frameOrigin);
    }

    Answer ask(URI request, String frameOrigin) {
        try {
            HttpResponse<InputStream> response = http.sendAsync(HttpRequest.newBuilder(request).timeout(timeout)
                            .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return Answer.NONE;
                }
                byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
                if (bytes.length > MAX_ANSWER_BYTES) {
                    return Answer.NONE;
                }
                try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
                    JsonValue value = reader.readValue();
                    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                        return Answer.NONE;
                    }
                    JsonObject answer = value.asJsonObject();
                    return new Answer(title(answer.getString("title", null)), frame(answer.getString("html", null), frameOrigin));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.NONE;
        } catch (Exception e) { // no network, timeout, refused, not JSON, a field of another type: no title
            return Answer.NONE;
        }
    }

    /** A title as plain text on one line, at most {@value #MAX_TITLE_CHARS} characters; null when nothing is left. */
    public static String title(String title) {
        if (title == null) {
            return null;
        }
        String plain = title.replaceAll("[\\p{Cc}\\p{Cf}\\s]+", " ").strip();
        if (plain.isEmpty()) {
            return null;
        }
        return plain.length() <= MAX_TITLE_CHARS ? plain : plain.substring(0, MAX_TITLE_CHARS - 1).strip() + "…";
    }

    /** The {@code src} of the first iframe in an oEmbed {@code html}, when it is an https address on {@code origin}. */
    static String frame(String html, String origin) {
        if (html == null || origin == null) {
            return null;
        }
        Element iframe = Jsoup.parseBodyFragment(html).selectFirst("iframe[src]");
        if (iframe == null) {
            return null;
        }
        String src = iframe.attr("src");
        try {
            URI uri = new URI(src);
            boolean plain = src.length() <= EmbedProviders.MAX_URL_CHARS && src.chars().allMatch(c -> c > 0x20 && c < 0x7F)
                    && uri.getRawUserInfo() == null && src.startsWith(origin + "/");
            return plain ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
