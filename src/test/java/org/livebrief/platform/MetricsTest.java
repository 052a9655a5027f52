package org.livebrief.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The registry's text, its label rules, and the route names that keep its series bounded. */
class MetricsTest {

    @Path("/briefings/{briefingId: \\d+}/entries/")
    static class Sample {
        @POST
        @Path("{entryId}/{transition}")
        public void transition() {
        }

        @GET
        public void list() {
        }
    }

    @Test
    void routeTemplatesJoinClassAndMethodPathsWithoutTheirRegularExpressions() throws Exception {
        assertEquals("/api/briefings/{briefingId}/entries/{entryId}/{transition}",
                RouteTemplates.template(Sample.class, Sample.class.getMethod("transition")));
        assertEquals("/api/briefings/{briefingId}/entries", RouteTemplates.template(Sample.class, Sample.class.getMethod("list")));
    }

    @Test
    void staticRoutesAreFoldersOrOtherNeverThePathAsSent() {
        Set<String> folders = Set.of("/live", "/feeds");
        assertEquals("/", RequestMetrics.staticRoute("", folders));
        assertEquals("/", RequestMetrics.staticRoute("/", folders));
        assertEquals("/live/*", RequestMetrics.staticRoute("/live/reader.js", folders));
        assertEquals("/feeds/*", RequestMetrics.staticRoute("/feeds/briefings/kyiv.atom", folders));
        assertEquals("other", RequestMetrics.staticRoute("/wp-login.php", folders));
        assertEquals("other", RequestMetrics.staticRoute("/livex/reader.js", folders));
    }

    @Test
    void aRequestIsCountedUnderItsRouteAndAnUnknownMethodUnderOther() {
        String route = "/api/test-route-" + System.nanoTime();
        Metrics.request("GET", route, 200, 3_000_000);
        Metrics.request("GET", route, 200, 4_000_000);
        Metrics.request("BREW", route, 418, 1_000_000);
        String text = Metrics.scrape(null);
        assertEquals(2.0, sample(text, "livebrief_http_requests_seconds_count", "method=\"GET\"", "route=\"" + route + "\"",
                "status=\"200\""));
        assertEquals(1.0, sample(text, "livebrief_http_requests_seconds_count", "method=\"OTHER\"", "route=\"" + route + "\"",
                "status=\"418\""));
        // 3 and 4 ms fall in the 5 ms bucket, not in the 1 ms one.
        assertEquals(0.0, sample(text, "livebrief_http_requests_seconds_bucket", "route=\"" + route + "\"", "status=\"200\"",
                "le=\"0.001\""));
        assertEquals(2.0, sample(text, "livebrief_http_requests_seconds_bucket", "route=\"" + route + "\"", "status=\"200\"",
                "le=\"0.005\""));
    }

    @Test
    void aChangeLogBacklogIsReadAtMostOnceASecondAndNaNWhenItCannotBeRead() {
        AtomicInteger reads = new AtomicInteger();
        String consumer = "test-" + System.nanoTime();
        Metrics.changeLogReader(consumer, () -> {
            reads.incrementAndGet();
            return new Metrics.Backlog(7, Duration.ofMillis(2500));
        });
        String text = Metrics.scrape(null);
        assertEquals(7.0, sample(text, "livebrief_changelog_lag_changes", "consumer=\"" + consumer + "\""));
        assertEquals(2.5, sample(text, "livebrief_changelog_lag_seconds", "consumer=\"" + consumer + "\""));
        Metrics.scrape(null);
        assertEquals(1, reads.get(), "two gauges and two scrapes within a second share one read");

        String away = "away-" + System.nanoTime();
        Metrics.changeLogReader(away, () -> {
            throw new IllegalStateException("database away");
        });
        assertTrue(Double.isNaN(sample(Metrics.scrape(null), "livebrief_changelog_lag_changes", "consumer=\"" + away + "\"")));
    }

    @Test
    void feedCacheResultsAreCountersAndStreamsAGauge() {
        double before = sample(Metrics.scrape(null), "livebrief_feed_cache_requests_total", "result=\"fast\"");
        Metrics.feedCache(Metrics.FeedCacheResult.FAST);
        Metrics.feedCache(Metrics.FeedCacheResult.FAST);
        assertEquals(before + 2, sample(Metrics.scrape(null), "livebrief_feed_cache_requests_total", "result=\"fast\""));

        AtomicInteger open = new AtomicInteger(3);
        String kind = "test" + System.nanoTime();
        Metrics.streams(kind, open, AtomicInteger::get);
        assertEquals(3.0, sample(Metrics.scrape(null), "livebrief_live_streams", "kind=\"" + kind + "\""));
        open.set(1);
        assertEquals(1.0, sample(Metrics.scrape(null), "livebrief_live_streams", "kind=\"" + kind + "\""));
    }

    @Test
    void openMetricsWhenTheScraperAsksForIt() {
        assertTrue(Metrics.contentType("application/openmetrics-text; version=1.0.0,text/plain;q=0.5")
                .startsWith("application/openmetrics-text"));
        assertTrue(Metrics.contentType(null).startsWith("text/plain; version=0.0.4"));
        assertTrue(Metrics.scrape("application/openmetrics-text").strip().endsWith("# EOF"));
        assertTrue(Metrics.scrape(null).contains("jvm_memory_used_bytes"), "the JVM's own meters are there");
    }

    /** The value of the one sample of {@code name} whose labels include all of {@code labels}; NaN if absent. */
    static double sample(String text, String name, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$").matcher(text);
        Double found = null;
        while (line.find()) {
            String have = line.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= have.contains(label);
            }
            if (all) {
                if (found != null) {
                    throw new AssertionError("more than one sample of " + name + " with " + Set.of(labels));
                }
                found = Double.parseDouble(line.group(2));
            }
        }
        if (found == null) {
            throw new AssertionError("no sample of " + name + " with " + Set.of(labels) + " in:\n" + text);
        }
        return found;
    }
}
