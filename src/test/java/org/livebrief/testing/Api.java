package org.livebrief.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A small HTTP client for the integration tests: the real wire, JSON parsed with JSON-P.
 * {@code as(user)} signs requests with HTTP Basic as one of the demo users.
 */
public final class Api {

    public static final String PASSWORD = System.getProperty("livebrief.demo.password", "livebrief");
    /**
     * HTTP/1.1, as browsers and feed readers speak plain http: Java's default would upgrade to h2c, and a request sent
     * on a connection the server was just closing for idleness (GOAWAY) fails instead of going out on a new one.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * How long a request may take: 30 s, or {@code -Dlivebrief.it.timeout.seconds}. The full XSS run imports 859
     * names in one synchronous request, which takes longer than that on a machine shared with other builds.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("livebrief.it.timeout.seconds", 30));

    private final URI base;
    private final String user;
    private final Map<String, String> headers;

    public Api(URI base) {
        this(base, null, Map.of());
    }

    private Api(URI base, String user, Map<String, String> headers) {
        this.base = base;
        this.user = user;
        this.headers = headers;
    }

    public Api as(String newUser) {
        return new Api(base, newUser, headers);
    }

    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, user, more);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Reply send(HttpRequest.Builder request) {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Follows a job that {@code accepted} (a 202 with {@code Location}) started, as the admin, until it is no longer
     * queued or running (at most a minute), and returns it.
     */
    public JsonObject awaitJob(Reply accepted) {
        String location = accepted.header("Location");
        if (accepted.status() != 202 || location == null) {
            throw new AssertionError("not a started job: " + accepted);
        }
        String path = location.replaceFirst("^.*?/livebrief/", "");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (java.time.Instant.now().isBefore(deadline)) {
            JsonObject job = as("admin").get(path).json();
            String state = job.getString("state");
            if (!state.equals("queued") && !state.equals("running")) {
                return job;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("job " + location + " did not finish within a minute");
    }

    /** A unique slug per test, so tests never share data. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A response, with its body parsed on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public jakarta.json.JsonArray jsonArray() {
            return Json.createReader(new StringReader(response.body())).read().asJsonArray();
        }

        public JsonObject json() {
            JsonStructure json = Json.createReader(new StringReader(response.body())).read();
            return json.asJsonObject();
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
