package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.EventStreamClient;
import org.livebrief.testing.Newsroom;

/**
 * Issue #19 item 3, with a real Varnish (Debian's {@code varnish}, 7.1) in front, configured by
 * {@code src/main/varnish/livebrief.vcl}: the reader page, the entry page and the feeds are served from the cache
 * while nothing changes; a correction is visible through the cache within 2 s, because the server bans the keys it
 * touched ({@code livebrief.cdn.purge=varnish}, in {@code arquillian.xml}); the live stream passes through unbuffered.
 * Skipped where {@code varnishd} is not installed ({@code .ci/run} installs it).
 */
class CdnIT extends DeployedWar {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Process varnish;
    private static Path work;
    private static int port;

    @BeforeEach
    void varnishInFront() throws Exception {
        if (varnish != null) {
            return;
        }
        Path varnishd = Path.of("/usr/sbin/varnishd");
        assumeTrue(Files.isExecutable(varnishd), "varnishd is not installed (apt-get install varnish)");
        port = Integer.parseInt(System.getProperty("it.varnish.port"));
        work = Files.createTempDirectory("livebrief-varnish-it");
        String vcl = Files.readString(Path.of("src/main/varnish/livebrief.vcl"))
                .replace(".port = \"8080\";", ".port = \"" + base.getPort() + "\";");
        Path file = work.resolve("livebrief.vcl");
        Files.writeString(file, vcl);
        varnish = new ProcessBuilder(varnishd.toString(), "-F", "-j", "none", "-n", work.resolve("n").toString(),
                "-a", "127.0.0.1:" + port, "-T", "127.0.0.1:" + freePort(), "-f", file.toString(), "-s", "malloc,64m")
                .redirectErrorStream(true).redirectOutput(work.resolve("varnishd.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                get("/livebrief/");
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("Varnish did not start: " + Files.readString(work.resolve("varnishd.log")));
    }

    @AfterAll
    static void stopVarnish() throws InterruptedException {
        if (varnish != null) {
            varnish.destroy();
            varnish.waitFor(10, TimeUnit.SECONDS);
            varnish = null;
        }
    }

    @Test
    void pagesAndFeedsComeFromTheCacheUntilACorrectionPurgesThemWithinTwoSeconds() throws Exception {
        String slug = Api.uniqueSlug("cdn");
        long briefing = Newsroom.id(newsroom.briefing(slug, "en", "Europe/Kyiv"));
        long entry = newsroom.published(briefing, "{\"body\": \"<p>Two drones were shot down over Mykolayiv.</p>\"}");
        String page = "/livebrief/briefings/" + slug;
        String entryPage = page + "/entries/" + entry;
        String feed = "/livebrief/feeds/briefings/" + slug + ".atom";

        for (String path : new String[] {page, entryPage, feed}) {
            HttpResponse<String> first = get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.body()).as(path).contains("Two drones were shot down");
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).as(path)
                    .contains("s-maxage=3600").contains("stale-while-revalidate=").contains("stale-if-error=");
            assertThat(first.headers().firstValue("Surrogate-Key").orElseThrow()).as(path).contains("briefing-" + briefing);
            assertThat(first.headers().firstValue("Surrogate-Control")).as("unset by the VCL for readers").isEmpty();
            // The briefing and its entry were written a moment ago, and their purges leave after commit (every
            // 200 ms here): one that lands between two GETs bans what the first one cached (seen once in CI). So the
            // pair is repeated until Livebrief's purges for them are out; a page that never came from the cache fails.
            HttpResponse<String> second = get(path);
            for (int pair = 0; pair < 5 && !second.headers().firstValue("X-Cache").orElse("").equals("HIT"); pair++) {
                Thread.sleep(500);
                first = get(path);
                second = get(path);
            }
            assertThat(second.headers().firstValue("X-Cache")).as(path + " the second time").hasValue("HIT");
            assertThat(second.body()).isEqualTo(first.body());
        }
        assertThat(get(entryPage).headers().firstValue("Surrogate-Key").orElseThrow()).contains("entry-" + entry);

        String path = "api/briefings/" + briefing + "/entries/" + entry;
        long version = api.as("editor").get(path).json().getJsonNumber("version").longValue();
        Api.Reply corrected = api.as("editor").header("If-Match", "\"" + version + "\"").put(path,
                "{\"body\": \"<p>Three drones were shot down over Mykolayiv.</p>\", \"correctionNote\": \"Three, not two.\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        long answered = System.nanoTime();

        for (String each : new String[] {page, entryPage, feed}) {
            long seen = awaitBody(each, "Three drones were shot down", Duration.ofSeconds(5));
            System.out.printf("CdnIT: %s showed the correction through Varnish %d ms after the answer%n", each,
                    (seen - answered) / 1_000_000);
            assertThat(Duration.ofNanos(seen - answered)).as(each + ": the correction through the cache")
                    .isLessThanOrEqualTo(Duration.ofSeconds(2));
        }
        // The correction's purges may still be landing (one per key it touched, after commit, every 200 ms here), as
        // before the correction: fetch, then fetch again, until Varnish answers the second from its cache.
        get(page);
        HttpResponse<String> again = get(page);
        for (int pair = 0; pair < 5 && !again.headers().firstValue("X-Cache").orElse("").equals("HIT"); pair++) {
            Thread.sleep(500);
            get(page);
            again = get(page);
        }
        assertThat(again.headers().firstValue("X-Cache")).as("cached again once fetched").hasValue("HIT");
        assertThat(again.body()).contains("Three drones were shot down");
    }

    @Test
    void theFrontPageIsPurgedWhenABriefingChanges() throws Exception {
        get("/livebrief/");
        assertThat(get("/livebrief/").headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(get("/livebrief/").headers().firstValue("Surrogate-Key").orElseThrow()).contains("front");
        String slug = Api.uniqueSlug("cdn-front");
        long briefing = Newsroom.id(newsroom.briefing(slug, "en", "Europe/Kyiv"));
        newsroom.published(briefing, "{\"body\": \"<p>The front page lists this briefing.</p>\"}");
        awaitBody("/livebrief/", slug, Duration.ofSeconds(5));
    }

    /**
     * A correction that no longer names an entity takes the entry out of that name's feed, and the feed in the cache
     * must follow: the purge is worked out after commit, when the entry's mentions no longer name the entity, so the
     * names a change took out are recorded with it (before, the name feed kept the old entry for its s-maxage, an hour).
     */
    @Test
    void aCorrectionThatNoLongerNamesAnEntityPurgesThatNamesFeed() throws Exception {
        String name = "Олег " + Newsroom.madeUpSurname();
        Api.Reply registered = api.as("editor").post("api/names",
                "{\"type\": \"person\", \"names\": {\"uk\": \"" + name + "\"}}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long entity = registered.json().getJsonNumber("id").longValue();
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("cdn-names"), "uk", "Europe/Kyiv"));
        long entry = newsroom.published(briefing, "{\"body\": \"<p>" + name + " прибув до Миколаєва.</p>\"}");
        String feed = "/livebrief/feeds/names/" + entity + ".atom";
        awaitBody(feed, "прибув до Миколаєва", Duration.ofSeconds(5));
        HttpResponse<String> cached = get(feed);
        for (int pair = 0; pair < 5 && !cached.headers().firstValue("X-Cache").orElse("").equals("HIT"); pair++) {
            Thread.sleep(500);
            get(feed);
            cached = get(feed);
        }
        assertThat(cached.headers().firstValue("X-Cache")).as("the name feed comes from the cache").hasValue("HIT");
        assertThat(cached.body()).contains("прибув до Миколаєва");

        String path = "api/briefings/" + briefing + "/entries/" + entry;
        long version = api.as("editor").get(path).json().getJsonNumber("version").longValue();
        Api.Reply corrected = api.as("editor").header("If-Match", "\"" + version + "\"").put(path,
                "{\"body\": \"<p>Делегація прибула до Миколаєва.</p>\", \"correctionNote\": \"Не він.\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        long answered = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        HttpResponse<String> through = get(feed);
        while (through.body().contains("прибув до Миколаєва") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            through = get(feed);
        }
        System.out.printf("CdnIT: the name feed dropped the corrected entry through Varnish %d ms after the answer%n",
                (System.nanoTime() - answered) / 1_000_000);
        assertThat(through.body()).as("the name feed through the cache, 5 s after the correction")
                .doesNotContain("прибув до Миколаєва");
    }

    @Test
    void theLiveStreamPassesThroughUnbuffered() throws Exception {
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("cdn-live"), "en", "Europe/Kyiv"));
        URI stream = URI.create("http://127.0.0.1:" + port + "/livebrief/api/briefings/" + briefing + "/events");
        try (EventStreamClient reader = EventStreamClient.open(stream, Map.of())) {
            assertThat(reader.status()).isEqualTo(200);
            assertThat(reader.header("Content-Type")).startsWith("text/event-stream");
            long entry = newsroom.published(briefing, "{\"body\": \"<p>Pushed through the cache.</p>\"}");
            EventStreamClient.Event event = reader.next(Duration.ofSeconds(10));
            assertThat(event.data()).contains("Pushed through the cache").contains(String.valueOf(entry));
        }
    }

    /** Polls through Varnish until the body contains {@code text}; returns when it first did (nanoTime). */
    private static long awaitBody(String path, String text, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (last.body().contains(text)) {
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " still without \"" + text + "\" after " + limit + "; last answer "
                + (last == null ? "none" : last.statusCode() + " " + last.headers().map()));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
