package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.EventStreamClient;
import org.livebrief.testing.Newsroom;

/**
 * Issue #19 item 2: a real Prometheus (Debian's {@code prometheus}, 2.42) scrapes {@code GET /api/metrics} with an
 * admin's read-only API token while the newsroom works, and its query API then answers for every metric the issue
 * names: requests by route and status, publish latency, live streams open and delivery, feed cache hits and misses,
 * change-log lag of each reader, search indexing, name resolution. Also: who may scrape, label cardinality under junk
 * paths, and search readiness beside the database's. Skipped where {@code prometheus} is not installed
 * ({@code .ci/run} installs it).
 */
class MetricsIT extends DeployedWar {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aPrometheusServerScrapesWhatTheNewsroomDid() throws Exception {
        Path prometheus = Path.of("/usr/bin/prometheus");
        assumeTrue(Files.isExecutable(prometheus), "prometheus is not installed (apt-get install prometheus)");

        String slug = Api.uniqueSlug("metrics");
        long briefing = Newsroom.id(newsroom.briefing(slug, "uk", "Europe/Kyiv"));
        newsroom.published(briefing, "{\"body\": \"<p>Зеленський прибув до Запоріжжя.</p>\"}");
        String feed = "feeds/briefings/" + slug + ".atom";
        for (int i = 0; i < 4; i++) {
            assertThat(api.get(feed).status()).isEqualTo(200);
        }
        assertThat(api.get("api/names/resolve?q=" + URLEncoder.encode("Zelenskyy", StandardCharsets.UTF_8)).status())
                .isEqualTo(200);

        Path work = Files.createTempDirectory("livebrief-prometheus-it");
        Process server = null;
        try (EventStreamClient stream = EventStreamClient.open(api.uri("api/briefings/" + briefing + "/events"), Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            long second = newsroom.published(briefing, "{\"body\": \"<p>Енергодар знову без світла.</p>\"}");
            EventStreamClient.Event event = stream.next(Duration.ofSeconds(20));
            assertThat(event).as("the second entry, live").isNotNull();
            assertThat(event.data()).contains(Long.toString(second));

            Files.writeString(work.resolve("token"), adminReadOnlyToken());
            int port = freePort();
            Files.writeString(work.resolve("prometheus.yml"), """
                    global:
                      scrape_interval: 1s
                      scrape_timeout: 1s
                    scrape_configs:
                      - job_name: livebrief
                        metrics_path: /livebrief/api/metrics
                        authorization:
                          type: Bearer
                          credentials_file: %s
                        static_configs:
                          - targets: ['127.0.0.1:%d']
                    """.formatted(work.resolve("token"), base.getPort()));
            server = new ProcessBuilder(prometheus.toString(), "--config.file=" + work.resolve("prometheus.yml"),
                    "--storage.tsdb.path=" + work.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(work.resolve("prometheus.log").toFile()).start();
            URI query = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query=");

            // Scraped, and by then the stream is still open.
            double up = await(query, "up{job=\"livebrief\"}", work);
            assertThat(up).as("Prometheus scraped the server (its log: " + work.resolve("prometheus.log") + ")").isEqualTo(1.0);
            double reader = value(query, "livebrief_live_streams{kind=\"reader\"}");
            assertThat(reader).as("the open reader stream").isGreaterThanOrEqualTo(1.0);

            String transitions = "/api/briefings/{briefingId}/entries/{entryId}/{transition}";
            assertThat(value(query, "sum(livebrief_http_requests_seconds_count{method=\"POST\",route=\"" + transitions
                    + "\",status=\"200\"})")).as("requests by route and status").isGreaterThanOrEqualTo(2.0);
            assertThat(value(query, "livebrief_feed_cache_requests_total{result=\"fast\"}")).as("served by the fast path")
                    .isGreaterThanOrEqualTo(1.0);
            assertThat(value(query, "sum(livebrief_http_requests_seconds_count{route=\"/feeds/*\",status=\"200\"})"))
                    .as("all four feed requests, the fast path's included").isGreaterThanOrEqualTo(4.0);
            assertThat(value(query, "livebrief_entry_transitions_seconds_count{transition=\"publish\",outcome=\"ok\"}"))
                    .as("publish latency").isGreaterThanOrEqualTo(2.0);
            assertThat(value(query, "histogram_quantile(0.99, sum by (le) (livebrief_entry_transitions_seconds_bucket"
                    + "{transition=\"publish\"}))")).as("a p99 of publishing can be computed").isNotNaN();
            assertThat(value(query, "livebrief_live_delivery_seconds_count")).as("live delivery").isGreaterThanOrEqualTo(1.0);
            assertThat(value(query, "livebrief_feed_cache_requests_total{result=\"built\"}")).as("a miss").isGreaterThanOrEqualTo(1.0);
            assertThat(value(query, "sum(livebrief_feed_cache_requests_total{result!=\"built\"})")).as("hits")
                    .isGreaterThanOrEqualTo(3.0);
            for (String consumer : new String[] {"websub", "webhooks", "cdn"}) {
                assertThat(value(query, "livebrief_changelog_lag_changes{consumer=\"" + consumer + "\"}"))
                        .as("change-log lag of " + consumer).isGreaterThanOrEqualTo(0.0);
                assertThat(value(query, "livebrief_changelog_lag_seconds{consumer=\"" + consumer + "\"}"))
                        .as("change-log lag of " + consumer + " in time").isGreaterThanOrEqualTo(0.0);
            }
            assertThat(value(query, "livebrief_search_indexing_seconds_count{outcome=\"ok\"}")).as("search indexing")
                    .isGreaterThanOrEqualTo(2.0);
            assertThat(value(query, "livebrief_search_indexing_pending")).as("indexing under way").isGreaterThanOrEqualTo(0.0);
            assertThat(value(query, "livebrief_names_resolution_seconds_count")).as("name resolution").isGreaterThanOrEqualTo(1.0);
            assertThat(value(query, "sum(jvm_memory_used_bytes{application=\"livebrief\"})")).as("the JVM").isPositive();

            // The sample dashboard: every query is valid PromQL here, and every metric it reads exists.
            JsonObject dashboard = Json.createReader(new StringReader(Files.readString(Path.of("docs/grafana-livebrief.json"))))
                    .readObject();
            java.util.Set<String> metrics = new java.util.TreeSet<>();
            for (var panel : dashboard.getJsonArray("panels")) {
                for (var target : panel.asJsonObject().getJsonArray("targets")) {
                    String expr = target.asJsonObject().getString("expr").replace("$instance", ".*")
                            .replace("$__rate_interval", "1m");
                    value(query, "count(" + expr + ") or vector(0)");
                    java.util.regex.Matcher name = java.util.regex.Pattern.compile("\\b((?:livebrief|jvm|process)_[a-z_]+)\\b")
                            .matcher(expr);
                    while (name.find()) {
                        metrics.add(name.group(1));
                    }
                }
            }
            assertThat(metrics).hasSizeGreaterThan(10);
            for (String metric : metrics) {
                assertThat(value(query, "count({__name__=\"" + metric + "\"})")).as(metric + ", read by the dashboard").isPositive();
            }
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void onlyAdminsAndAdminTokensMayScrape() {
        assertThat(api.get("api/metrics").status()).isEqualTo(401);
        assertThat(api.as("editor").get("api/metrics").status()).isEqualTo(403);
        Api.Reply reporterToken = api.as("reporter").post("api/tokens", "{\"name\": \"not a scraper\"}");
        assertThat(reporterToken.status()).as(reporterToken.toString()).isEqualTo(201);
        assertThat(new Api(base).header("Authorization", "Bearer " + reporterToken.json().getString("token"))
                .get("api/metrics").status()).isEqualTo(403);

        Api scraper = new Api(base).header("Authorization", "Bearer " + adminReadOnlyToken());
        Api.Reply text = scraper.get("api/metrics");
        assertThat(text.status()).as(text.toString()).isEqualTo(200);
        assertThat(text.header("Content-Type")).startsWith("text/plain").contains("version=0.0.4");
        assertThat(text.header("Cache-Control")).isEqualTo("no-store");
        assertThat(text.body()).contains("# TYPE livebrief_http_requests_seconds histogram");
        Api.Reply open = scraper.header("Accept", "application/openmetrics-text; version=1.0.0").get("api/metrics");
        assertThat(open.header("Content-Type")).startsWith("application/openmetrics-text");
        assertThat(open.body().strip()).endsWith("# EOF");
    }

    @Test
    void pathsNobodyServesAddNoSeries() {
        String junk = "zz" + UUID.randomUUID().toString().replace("-", "");
        for (int i = 0; i < 20; i++) {
            api.get(junk + i + "/wp-login.php");
            api.get("api/" + junk + i);
            api.get("briefings/" + junk + i);
            api.get("live/" + junk + i + ".js");
        }
        String text = api.as("admin").get("api/metrics").body();
        assertThat(text).as("no path as sent becomes a label").doesNotContain(junk);
        assertThat(text).contains("route=\"other\"").contains("route=\"/api/*\"").contains("route=\"/briefings/*\"")
                .contains("route=\"/live/*\"");
    }

    @Test
    void readinessReportsSearchBesideTheDatabase() {
        int port = 9990 + Integer.parseInt(System.getProperty("it.port.offset", "0"));
        Api.Reply ready = new Api(URI.create("http://127.0.0.1:" + port + "/")).get("health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonObject search = ready.json().getJsonArray("checks").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("livebrief-search")).findFirst().orElseThrow();
        assertThat(search.getString("status")).isEqualTo("UP");
        assertThat(search.getJsonObject("data").getJsonNumber("documents").longValue()).isGreaterThanOrEqualTo(0);
    }

    private String adminReadOnlyToken() {
        Api.Reply made = api.as("admin").post("api/tokens",
                "{\"name\": \"prometheus\", \"roles\": [\"admin\"], \"readOnly\": true}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.json().getString("token");
    }

    /** Waits up to 30 s for {@code promql} to have a value in Prometheus; its value. */
    private static double await(URI query, String promql, Path work) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                // Prometheus answers 503 until it is ready.
                HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(query + URLEncoder.encode(promql,
                        StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                double value = reply.statusCode() == 200 ? value(query, promql) : Double.NaN;
                if (!Double.isNaN(value)) {
                    return value;
                }
            } catch (IOException notYet) {
                // Prometheus is still starting.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Prometheus had no " + promql + " within 30 s:\n" + Files.readString(work.resolve("prometheus.log")));
    }

    /** The value of an instant query with one series, NaN when it has none. */
    private static double value(URI query, String promql) throws IOException, InterruptedException {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(query + URLEncoder.encode(promql,
                StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(promql + ": " + reply.body()).isEqualTo(200);
        JsonObject data = Json.createReader(new StringReader(reply.body())).readObject().getJsonObject("data");
        JsonArray result = data.getJsonArray("result");
        if ("scalar".equals(data.getString("resultType"))) {
            return Double.parseDouble(result.getString(1));
        }
        if (result.isEmpty()) {
            return Double.NaN;
        }
        assertThat(result).as(promql + " has one series").hasSize(1);
        return Double.parseDouble(result.getJsonObject(0).getJsonArray("value").getString(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
