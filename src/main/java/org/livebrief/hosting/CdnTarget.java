package org.livebrief.hosting;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where purges go: one request per batch of keys to each cache. A purge that fails throws; the purger tries the same
 * keys again later (purging is idempotent, so "at least once" is enough).
 */
sealed interface CdnTarget {

    /** Surrogate keys as {@code platform.CachePolicy} makes them: nothing a ban expression or a header could misread. */
    Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

    /** Purges every cached answer that carries any of {@code keys}. */
    void purge(Set<String> keys) throws IOException, InterruptedException;

    /** How many keys one request may carry. */
    int keysPerRequest();

    /** The batches of at most {@link #keysPerRequest} valid keys. */
    default List<List<String>> batches(Set<String> keys) {
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        for (String key : keys) {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("Not a surrogate key: " + key);
            }
            batch.add(key);
            if (batch.size() == keysPerRequest()) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    static void send(HttpClient client, HttpRequest request, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new IOException(what + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(body.length(), 200)));
        }
    }

    static HttpClient client(Duration timeout) {
        return HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Varnish ({@code src/main/varnish/livebrief.vcl}): an HTTP {@code BAN} to each cache with
     * {@code X-Ban-Surrogate-Key}, a regular expression matching any of the keys as a whole word of
     * {@code Surrogate-Key}. The VCL accepts it only from its purgers' addresses and bans with it.
     */
    record Varnish(List<String> urls, Duration timeout, HttpClient client) implements CdnTarget {

        Varnish(List<String> urls, Duration timeout) {
            this(List.copyOf(urls), timeout, CdnTarget.client(timeout));
        }

        static String banExpression(List<String> keys) {
            return "(^|\\s)(" + String.join("|", keys) + ")(\\s|$)";
        }

        @Override
        public int keysPerRequest() {
            return 100;
        }

        @Override
        public void purge(Set<String> keys) throws IOException, InterruptedException {
            for (List<String> batch : batches(keys)) {
                for (String url : urls) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url.strip())).timeout(timeout)
                            .method("BAN", HttpRequest.BodyPublishers.noBody())
                            .header("X-Ban-Surrogate-Key", banExpression(batch)).build();
                    CdnTarget.send(client, request, "Varnish " + url);
                }
            }
        }
    }

    /** Fastly's purge by surrogate keys: {@code POST /service/{id}/purge} with {@code Surrogate-Key}, up to 256 keys. */
    record Fastly(String api, String service, String token, Duration timeout, HttpClient client) implements CdnTarget {

        Fastly(String api, String service, String token, Duration timeout) {
            this(api, service, token, timeout, CdnTarget.client(timeout));
        }

        @Override
        public int keysPerRequest() {
            return 256;
        }

        @Override
        public void purge(Set<String> keys) throws IOException, InterruptedException {
            URI uri = URI.create(api.replaceAll("/+$", "") + "/service/"
                    + URLEncoder.encode(service, StandardCharsets.UTF_8) + "/purge");
            for (List<String> batch : batches(keys)) {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Fastly-Key", token).header("Accept", "application/json")
                        .header("Surrogate-Key", String.join(" ", batch))
                        .POST(HttpRequest.BodyPublishers.noBody()).build();
                CdnTarget.send(client, request, "Fastly");
            }
        }
    }

    /** Cloudflare's purge by cache tags: {@code POST /zones/{zone}/purge_cache} with {@code {"tags": [...]}}, 30 a call. */
    record Cloudflare(String api, String zone, String token, Duration timeout, HttpClient client) implements CdnTarget {

        Cloudflare(String api, String zone, String token, Duration timeout) {
            this(api, zone, token, timeout, CdnTarget.client(timeout));
        }

        @Override
        public int keysPerRequest() {
            return 30;
        }

        @Override
        public void purge(Set<String> keys) throws IOException, InterruptedException {
            URI uri = URI.create(api.replaceAll("/+$", "") + "/zones/"
                    + URLEncoder.encode(zone, StandardCharsets.UTF_8) + "/purge_cache");
            for (List<String> batch : batches(keys)) {
                String body = "{\"tags\":[\"" + String.join("\",\"", batch) + "\"]}";
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                CdnTarget.send(client, request, "Cloudflare");
            }
        }
    }
}
