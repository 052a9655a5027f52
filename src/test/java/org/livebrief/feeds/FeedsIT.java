package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livebrief.feeds.FeedChecks.count;
import static org.livebrief.feeds.FeedChecks.xpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livebrief.testing.SharedWar;
import org.livebrief.testing.Api;
import org.livebrief.testing.Newsroom;
import org.w3c.dom.Document;

/**
 * Feeds on the real server: validity, corrections and retractions, conditional GET, gzip, archives and
 * WebSub. The server runs with {@code livebrief.feeds.page-size=5} and a stub hub in this JVM (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(SharedWar.class)
@RunAsClient
class FeedsIT {

    private static final String TAG = "tag:it.livebrief.test,2026:livebrief/entry/";
    /** Pings the stub hub took (2xx), and every ping it saw, taken or not. */
    private static final List<String> PINGS = new CopyOnWriteArrayList<>();
    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    /** Every ping the hub saw, with when it saw it and what it answered. */
    private static final List<HubCall> CALLS = new CopyOnWriteArrayList<>();
    /** What the stub hub answers: 202, or 503 while it is "down". */
    private static volatile int hubStatus = 202;
    private static HttpServer hub;

    final URI base = SharedWar.base();

    Api api;
    Newsroom newsroom;

    @BeforeAll
    static void startHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.getInteger("it.websub.port")), 0);
        hub.createContext("/hub", exchange -> {
            String ping = URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
            int status = hubStatus;
            ATTEMPTS.add(ping);
            CALLS.add(new HubCall(ping, Instant.now(), status));
            if (status / 100 == 2) {
                PINGS.add(ping);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        hub.start();
    }

    @AfterAll
    static void stopHub() {
        hub.stop(0);
    }

    @BeforeEach
    void client() {
        api = new Api(base);
        newsroom = new Newsroom(api);
    }

    @Test
    void atomFeedValidatesAndSurvivesCorrectionsAndRetractions() {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("feed"), "en", "Europe/Kyiv");
        long id = Newsroom.id(briefing);
        String path = "feeds/briefings/" + briefing.getString("slug") + ".atom";
        long corrected = newsroom.published(id, "{\"body\": \"Three people were killed in Mykolayiv.\"}");
        long retracted = newsroom.published(id, "{\"body\": \"Unconfirmed report of a ceasefire.\"}");

        Api.Reply first = api.get(path);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(first.header("Cache-Control")).matches("public, max-age=\\d+, s-maxage=\\d+, stale-while-revalidate=\\d+, stale-if-error=\\d+");
        assertThat(first.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(first.header("Last-Modified")).endsWith("GMT");
        assertThat(first.header("Link")).contains("rel=\"hub\"").contains("<" + api.uri(path) + ">; rel=\"self\"");
        Document before = FeedChecks.atom(bytes(first));
        String entry = "/a:feed/a:entry[a:id='" + TAG + corrected + "']";
        String published = xpath(before, entry + "/a:published");
        assertThat(xpath(before, "/a:feed/@xml:lang")).isEqualTo("en");
        assertThat(xpath(before, "/a:feed/a:link[@rel='self']/@href")).isEqualTo(api.uri(path).toString());
        assertThat(xpath(before, entry + "/a:link[@rel='alternate']/@href"))
                .isEqualTo(api.uri("briefings/" + briefing.getString("slug")) + "/entries/" + corrected);
        assertThat(xpath(before, entry + "/a:author/a:name")).as("a byline, never the login").isEqualTo(byline("editor"));

        Api.Reply unchanged = api.header("If-None-Match", first.header("ETag")).get(path);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(unchanged.header("Cache-Control")).isEqualTo(first.header("Cache-Control"));
        assertThat(unchanged.header("Last-Modified")).isEqualTo(first.header("Last-Modified"));
        assertThat(api.header("If-None-Match", "\"other\"").header("If-Modified-Since", first.header("Last-Modified"))
                .get(path).status()).as("If-None-Match is checked first").isEqualTo(200);
        assertThat(api.header("If-Modified-Since", first.header("Last-Modified")).get(path).status()).isEqualTo(304);

        correct(id, corrected, "At least three people were killed in Mykolayiv.", "An earlier version gave a final toll.");
        Api.Reply afterCorrection = api.get(path);
        assertThat(afterCorrection.header("ETag")).isNotEqualTo(first.header("ETag"));
        Document correctedFeed = FeedChecks.atom(bytes(afterCorrection));
        assertThat(xpath(correctedFeed, entry + "/a:published")).isEqualTo(published);
        assertThat(Instant.parse(xpath(correctedFeed, entry + "/a:updated"))).isAfter(Instant.parse(published));
        assertThat(xpath(correctedFeed, entry + "/a:content")).contains("At least three").contains("An earlier version gave a final toll.");
        assertThat(api.header("If-None-Match", first.header("ETag")).get(path).status()).isEqualTo(200);

        Api.Reply retraction = newsroom.transition(id, retracted, "retract", "editor", "{\"reason\": \"The report was not confirmed.\"}");
        assertThat(retraction.status()).as(retraction.toString()).isEqualTo(200);
        Api.Reply afterRetraction = api.get(path);
        Document tombstoned = FeedChecks.atom(bytes(afterRetraction));
        assertThat(xpath(tombstoned, "/a:feed/at:deleted-entry/@ref")).isEqualTo(TAG + retracted);
        assertThat(xpath(tombstoned, "/a:feed/at:deleted-entry/at:comment")).isEqualTo("The report was not confirmed.");
        assertThat(count(tombstoned, "/a:feed/a:entry[a:id='" + TAG + retracted + "']")).isZero();
        assertThat(afterRetraction.body()).doesNotContain("ceasefire");
    }

    @Test
    void rssJsonFeedNinjsKeyEventsAndLanguageFeeds() {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("formats"), "en", "Europe/Kyiv");
        long id = Newsroom.id(briefing);
        String feeds = "feeds/briefings/" + briefing.getString("slug");
        long key = newsroom.published(id, "{\"body\": \"Talks begin in Istanbul.\", \"keyEvent\": true}");
        long plain = newsroom.published(id, "{\"body\": \"Delegations arrive.\"}");

        Api.Reply rss = api.get(feeds + ".rss");
        assertThat(rss.header("Content-Type")).startsWith("application/rss+xml");
        Document channel = FeedChecks.parse(bytes(rss));
        assertThat(xpath(channel, "//item[guid='" + TAG + key + "']/guid/@isPermaLink")).isEqualTo("false");
        assertThat(xpath(channel, "//item[guid='" + TAG + key + "']/dc:creator")).isEqualTo(byline("editor"));
        assertThat(xpath(channel, "/rss/channel/a:link[@rel='self']/@href")).isEqualTo(api.uri(feeds + ".rss").toString());

        Api.Reply json = api.header("Accept", "application/feed+json, application/json;q=0.9").get(feeds + ".json");
        assertThat(json.header("Content-Type")).startsWith("application/feed+json");
        assertThat(json.header("Vary")).contains("Accept");
        // A client that does not name JSON Feed's type (Feedly's fetcher, a browser) gets the bytes as plain JSON.
        Api.Reply plainJson = api.header("Accept", "*/*").get(feeds + ".json");
        assertThat(plainJson.header("Content-Type")).startsWith("application/json");
        assertThat(plainJson.body()).isEqualTo(json.body());
        assertThat(FeedChecks.jsonFeed(bytes(json)).path("items")).hasSize(2);

        Api.Reply ninjs = api.get(feeds + ".ninjs");
        assertThat(ninjs.header("Content-Type")).startsWith("application/json");
        JsonNode composite = FeedChecks.ninjs(bytes(ninjs));
        assertThat(composite.path("associations")).hasSize(2);
        JsonNode ninjs3 = FeedChecks.ninjs3(bytes(api.get(feeds + ".ninjs3")));
        assertThat(ninjs3.path("associations")).hasSize(2);
        assertThat(ninjs3.path("associations").get(0).path("uri").asText()).isEqualTo(TAG + plain);

        Document keyEvents = FeedChecks.atom(bytes(api.get(feeds + "/key-events.atom")));
        assertThat(count(keyEvents, "//a:entry")).isEqualTo(1);
        assertThat(xpath(keyEvents, "//a:entry/a:id")).isEqualTo(TAG + key);

        Document english = FeedChecks.atom(bytes(api.get("feeds/languages/en.atom")));
        assertThat(count(english, "//a:entry[a:id='" + TAG + plain + "']")).isEqualTo(1);
        Api.Reply oddCase = api.get("feeds/languages/EN.atom");
        assertThat(oddCase.status()).isEqualTo(301);
        assertThat(oddCase.header("Location")).isEqualTo("/livebrief/feeds/languages/en.atom");
        assertThat(api.get("feeds/briefings/no-such-briefing.atom").status()).isEqualTo(404);
        assertThat(api.get("feeds/names/99999999999.atom").status()).as("no such entity").isEqualTo(404);
    }

    @Test
    void gzipIsTheSameDocument() throws Exception {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("gzip"), "en", "Europe/Kyiv");
        newsroom.published(Newsroom.id(briefing), "{\"body\": \"Compressed once, served many times.\"}");
        URI uri = api.uri("feeds/briefings/" + briefing.getString("slug") + ".atom");
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        Api.Reply plain = api.get("feeds/briefings/" + briefing.getString("slug") + ".atom");
        assertThat(new String(unzipped, StandardCharsets.UTF_8)).isEqualTo(plain.body());
        assertThat(zipped.headers().firstValue("ETag")).hasValue(plain.header("ETag"));
    }

    @Test
    void subscriptionFeedPagesIntoStableArchivesAndAClosedBriefingIsComplete() {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("archive"), "en", "Europe/Kyiv");
        long id = Newsroom.id(briefing);
        String feeds = "feeds/briefings/" + briefing.getString("slug");
        long[] entries = new long[7];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = newsroom.published(id, "{\"body\": \"Update number " + i + ".\"}");
        }
        Document subscription = FeedChecks.atom(bytes(api.get(feeds + ".atom")));
        assertThat(count(subscription, "//a:entry")).isEqualTo(5);
        assertThat(xpath(subscription, "/a:feed/a:link[@rel='prev-archive']/@href")).isEqualTo(api.uri(feeds + "/archive/1.atom").toString());

        Api.Reply archiveReply = api.get(feeds + "/archive/1.atom");
        assertThat(archiveReply.header("Cache-Control")).startsWith("public, max-age=86400");
        Document archive = FeedChecks.atom(bytes(archiveReply));
        assertThat(count(archive, "/a:feed/fh:archive")).isEqualTo(1);
        assertThat(xpath(archive, "/a:feed/a:link[@rel='current']/@href")).isEqualTo(api.uri(feeds + ".atom").toString());
        for (int i = 0; i < 5; i++) {
            assertThat(count(archive, "//a:entry[a:id='" + TAG + entries[i] + "']")).as("entry " + i).isEqualTo(1);
        }
        assertThat(api.get(feeds + "/archive/2.atom").status()).isEqualTo(404);

        long version = api.get("api/briefings/" + id).json().getJsonNumber("version").longValue();
        Api.Reply closed = api.as("editor").header("If-Match", "\"" + version + "\"").post("api/briefings/" + id + "/close", "{}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        Document complete = FeedChecks.atom(bytes(api.get(feeds + ".atom")));
        assertThat(count(complete, "/a:feed/fh:complete")).isEqualTo(1);
        assertThat(count(complete, "//a:entry")).isEqualTo(7);
        assertThat(count(complete, "/a:feed/a:link[@rel='prev-archive']")).isZero();
    }

    @Test
    void hubIsPingedOnceForEachChangeAfterCommit() throws InterruptedException {
        knownBase();
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("websub"), "en", "Europe/Kyiv");
        String path = "feeds/briefings/" + briefing.getString("slug") + ".atom";
        assertThat(api.get(path).status()).isEqualTo(200);
        String expected = "hub.mode=publish&hub.url=" + api.uri(path);
        awaitPing(expected, 1);
        assertThat(pingsAfterAnotherChange(expected)).as("the briefing's creation, once").isEqualTo(1);

        newsroom.published(Newsroom.id(briefing), "{\"body\": \"Subscribers hear of this at once.\"}");
        awaitPing(expected, 2);
        awaitPing(expected.replace(".atom", ".rss"), 2);
        awaitPing(expected.replace(".atom", "/key-events.json"), 2);
        // The language topic is shared with every other test's English briefing and may still be backing off
        // from a refusal in an earlier test: it comes, but not necessarily with the briefing's own topics.
        awaitPing("hub.mode=publish&hub.url=" + api.uri("feeds/languages/en.atom"), 1);
        assertThat(pingsAfterAnotherChange(expected)).as("the publication, once").isEqualTo(2);
        assertThat(PINGS).noneMatch(ping -> ping.endsWith(".ninjs"));
    }

    @Test
    void perNameFeedsArePingedWhenAnEntryMentioningTheEntityIsPublished() throws InterruptedException {
        knownBase();
        String surname = Newsroom.madeUpSurname();
        Api.Reply registered = api.as("editor").post("api/names",
                "{\"type\": \"person\", \"names\": {\"uk\": \"Олег " + surname + "\"}}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long entity = registered.json().getJsonNumber("id").longValue();
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("websub-name"), "uk", "Europe/Kyiv");
        String path = "feeds/names/" + entity + ".atom";
        assertThat(api.get(path).status()).isEqualTo(200);
        newsroom.published(Newsroom.id(briefing), "{\"body\": \"Заява: Олег " + surname + " прибув до Києва.\"}");
        awaitPing("hub.mode=publish&hub.url=" + api.uri(path), 1);
        awaitPing("hub.mode=publish&hub.url=" + api.uri("feeds/names/" + entity + "/key-events.rss"), 1);
    }

    @Test
    void aPingTheHubRefusedIsSentAfterTheApplicationRestarts() throws Exception {
        knownBase();
        // A language of its own: the topics this test leaves backing off must not be other tests' (en.atom).
        String language = "gd-x-" + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("outage"), language, "Europe/Kyiv");
        String path = "feeds/briefings/" + briefing.getString("slug") + ".rss";
        assertThat(api.get(path).status()).isEqualTo(200);
        String expected = "hub.mode=publish&hub.url=" + api.uri(path);
        awaitPing(expected, 1);
        hubStatus = 503;
        try {
            newsroom.published(Newsroom.id(briefing), "{\"body\": \"Sent while the hub was down.\"}");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (ATTEMPTS.stream().filter(expected::equals).count() < 2 && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(ATTEMPTS).as("the hub refused the ping").filteredOn(expected::equals).hasSizeGreaterThan(1);
            redeploy();
            assertThat(PINGS.stream().filter(expected::equals).count()).isEqualTo(1);
        } finally {
            hubStatus = 202;
        }
        awaitPing(expected, 2);
    }

    private record HubCall(String ping, Instant at, int status) {
    }

    /**
     * A topic backing off after the hub failed it starts over when a new change comes: the server runs with a
     * 200 ms backoff doubling each time and a 3 s lease (arquillian.xml). After seven refusals the next try of the
     * old ping is due 12.8 s after the last; a new change must be pinged long before that.
     */
    @Test
    void aNewChangeEndsTheBackoffOfItsTopic() throws Exception {
        knownBase();
        String language = "gd-x-" + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("backoff"), language, "Europe/Kyiv");
        String path = "feeds/briefings/" + briefing.getString("slug") + ".rss";
        assertThat(api.get(path).status()).isEqualTo(200);
        String expected = "hub.mode=publish&hub.url=" + api.uri(path);
        awaitPing(expected, 1);
        hubStatus = 503;
        Instant lastRefusal;
        try {
            newsroom.published(Newsroom.id(briefing), "{\"body\": \"Published while the hub was down.\"}");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (refusals(expected).size() < 7 && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            List<HubCall> refused = refusals(expected);
            assertThat(refused).as("the hub refused the ping again and again").hasSizeGreaterThanOrEqualTo(7);
            lastRefusal = refused.get(refused.size() - 1).at();
        } finally {
            hubStatus = 202;
        }
        newsroom.published(Newsroom.id(briefing), "{\"body\": \"The hub is back; this must not wait.\"}");
        awaitPing(expected, 2);
        Instant taken = CALLS.stream().filter(c -> c.ping().equals(expected) && c.status() == 202)
                .map(HubCall::at).filter(lastRefusal::isBefore).findFirst().orElseThrow();
        assertThat(taken).as("pinged before the old ladder's next step (12.8 s after the seventh refusal)")
                .isBefore(lastRefusal.plusMillis(12_800));
    }

    private static List<HubCall> refusals(String ping) {
        return CALLS.stream().filter(c -> c.ping().equals(ping) && c.status() != 202).toList();
    }

    @Test
    void keyEventArchivePagesKeepTheirEntriesWhenAFlagChanges() {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("key-archive"), "en", "Europe/Kyiv");
        long id = Newsroom.id(briefing);
        String feeds = "feeds/briefings/" + briefing.getString("slug") + "/key-events";
        long early = newsroom.published(id, "{\"body\": \"Not a key event at first.\"}");
        long[] keys = new long[7];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = newsroom.published(id, "{\"body\": \"Key event " + i + ".\", \"keyEvent\": true}");
        }
        Document subscription = FeedChecks.atom(bytes(api.get(feeds + ".atom")));
        assertThat(count(subscription, "//a:entry")).isEqualTo(5);
        assertThat(xpath(subscription, "/a:feed/a:link[@rel='prev-archive']/@href")).isEqualTo(api.uri(feeds + "/archive/1.atom").toString());
        assertThat(entryIds(FeedChecks.atom(bytes(api.get(feeds + "/archive/1.atom")))))
                .containsExactlyInAnyOrder(keys[0], keys[1], keys[2], keys[3], keys[4]);

        flag(id, keys[1], false);
        flag(id, early, true);
        Document after = FeedChecks.atom(bytes(api.get(feeds + "/archive/1.atom")));
        assertThat(entryIds(after)).as("no entry moves into the page; the one no longer a key event leaves it")
                .containsExactlyInAnyOrder(keys[0], keys[2], keys[3], keys[4]);
        assertThat(api.get(feeds + "/archive/2.atom").status()).isEqualTo(404);

        for (int i = 0; i < 2; i++) {
            newsroom.published(id, "{\"body\": \"Later key event " + i + ".\", \"keyEvent\": true}");
        }
        Document second = FeedChecks.atom(bytes(api.get(feeds + "/archive/2.atom")));
        assertThat(entryIds(second)).as("the next page: what no page holds yet, oldest first").contains(early, keys[5], keys[6]).hasSize(5);
        assertThat(entryIds(FeedChecks.atom(bytes(api.get(feeds + "/archive/1.atom")))))
                .containsExactlyInAnyOrder(keys[0], keys[2], keys[3], keys[4]);
        FeedChecks.jsonFeed(bytes(api.get(feeds + "/archive/2.json")));
    }

    /**
     * Issue #13, finding 11: a change that takes its seq before another briefing's change but commits after
     * it must still reach a feed that spans briefings. PostgreSQL only: the test stalls the publishing
     * transaction after its change-log insert by holding a lock on the audit table its commit writes to.
     */
    @Test
    void aChangeCommittedLateWithALowerSeqReachesTheLanguageFeed() throws Exception {
        String url = System.getProperty("it.pg.url", "");
        org.junit.jupiter.api.Assumptions.assumeFalse(url.isEmpty(), "needs PostgreSQL (mvn verify -Ppostgresql)");
        String language = "gd-x-" + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
        long slow = Newsroom.id(newsroom.briefing(Api.uniqueSlug("late-a"), language, "Europe/London"));
        newsroom.published(slow, "{\"body\": \"An earlier update.\"}");
        JsonObject draft = newsroom.post(slow, "reporter", "{\"body\": \"The update that commits late.\"}");
        Api.Reply other = api.as("editor").post("api/briefings", """
                {"slug": "%s", "language": "%s", "title": "Other", "status": "draft"}""".formatted(
                Api.uniqueSlug("late-b"), language));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        String feed = "feeds/languages/" + language + ".atom";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            db.createStatement().execute("LOCK TABLE briefing_entry_aud IN EXCLUSIVE MODE");
            java.util.concurrent.Future<Api.Reply> publishing = pool.submit(() -> newsroom.transition(slow,
                    Newsroom.id(draft), draft.getJsonNumber("version").longValue(), "publish", "editor", "{}"));
            awaitLockWaiter(url);
            Api.Reply live = api.as("editor").header("If-Match", "\"" + other.json().getInt("version") + "\"")
                    .post("api/briefings/" + Newsroom.id(other.json()) + "/go-live", "{}");
            assertThat(live.status()).as("a later seq commits first: %s", live).isEqualTo(200);
            assertThat(entryIds(FeedChecks.atom(bytes(api.get(feed))))).doesNotContain(Newsroom.id(draft));
            db.rollback();
            assertThat(publishing.get(60, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(entryIds(FeedChecks.atom(bytes(api.get(feed))))).as("the late commit is in the feed")
                .contains(Newsroom.id(draft));
    }

    /** Waits until another session of the IT database waits for a lock (the stalled publication). */
    private static void awaitLockWaiter(String url) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        try (java.sql.Connection watcher = java.sql.DriverManager.getConnection(url)) {
            while (Instant.now().isBefore(deadline)) {
                var rows = watcher.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'");
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("the publication never waited for the audit table");
    }

    @Test
    void languageFeedsHaveSealedArchives() {
        String language = "gd-x-" + Long.toString(System.nanoTime() % 2_000_000_000L, 36);
        JsonObject first = newsroom.briefing(Api.uniqueSlug("lang-a"), language, "Europe/London");
        JsonObject second = newsroom.briefing(Api.uniqueSlug("lang-b"), language, "Europe/London");
        String feeds = "feeds/languages/" + language;
        long[] a = new long[6];
        for (int i = 0; i < a.length; i++) {
            a[i] = newsroom.published(Newsroom.id(first), "{\"body\": \"First briefing, update " + i + ".\"}");
        }
        Document subscription = FeedChecks.atom(bytes(api.get(feeds + ".atom")));
        assertThat(count(subscription, "//a:entry")).isEqualTo(5);
        assertThat(xpath(subscription, "/a:feed/a:link[@rel='prev-archive']/@href")).isEqualTo(api.uri(feeds + "/archive/1.atom").toString());
        Api.Reply archiveReply = api.get(feeds + "/archive/1.atom");
        assertThat(archiveReply.header("Cache-Control")).startsWith("public, max-age=86400");
        Document archive = FeedChecks.atom(bytes(archiveReply));
        assertThat(count(archive, "/a:feed/fh:archive")).isEqualTo(1);
        assertThat(xpath(archive, "/a:feed/a:link[@rel='current']/@href")).isEqualTo(api.uri(feeds + ".atom").toString());
        assertThat(entryIds(archive)).containsExactlyInAnyOrder(a[0], a[1], a[2], a[3], a[4]);

        long[] b = new long[5];
        for (int i = 0; i < b.length; i++) {
            b[i] = newsroom.published(Newsroom.id(second), "{\"body\": \"Second briefing, update " + i + ".\"}");
        }
        assertThat(xpath(FeedChecks.atom(bytes(api.get(feeds + ".atom"))), "/a:feed/a:link[@rel='prev-archive']/@href"))
                .isEqualTo(api.uri(feeds + "/archive/2.atom").toString());
        assertThat(entryIds(FeedChecks.atom(bytes(api.get(feeds + "/archive/2.atom")))))
                .containsExactlyInAnyOrder(a[5], b[0], b[1], b[2], b[3]);

        lifecycle(Newsroom.id(first), "close");
        lifecycle(Newsroom.id(first), "archive");
        assertThat(entryIds(FeedChecks.atom(bytes(api.get(feeds + "/archive/2.atom")))))
                .as("the archived briefing's entries leave; no other entry moves in").containsExactlyInAnyOrder(b[0], b[1], b[2], b[3]);
        assertThat(entryIds(FeedChecks.atom(bytes(api.get(feeds + "/archive/1.atom"))))).isEmpty();
        FeedChecks.ninjs3(bytes(api.get(feeds + "/archive/2.ninjs3")));
    }

    private void lifecycle(long briefing, String action) {
        long version = api.as("admin").get("api/briefings/" + briefing).json().getJsonNumber("version").longValue();
        Api.Reply reply = api.as("editor").header("If-Match", "\"" + version + "\"")
                .post("api/briefings/" + briefing + "/" + action, "{}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private void flag(long briefing, long entry, boolean keyEvent) {
        String path = "api/briefings/" + briefing + "/entries/" + entry;
        JsonObject current = api.as("admin").get(path).json();
        Api.Reply reply = api.as("editor").header("If-Match", "\"" + current.getJsonNumber("version").longValue() + "\"")
                .put(path, jakarta.json.Json.createObjectBuilder().add("body", current.getString("body"))
                        .add("keyEvent", keyEvent).add("minor", true).build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static List<Long> entryIds(Document feed) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count(feed, "/a:feed/a:entry"); i++) {
            ids.add(Long.valueOf(xpath(feed, "/a:feed/a:entry[" + i + "]/a:id").substring(TAG.length())));
        }
        return ids;
    }

    /** Stops and starts the application: nothing held in memory (scheduled retries, executors) survives it. */
    private void redeploy() {
        try {
            SharedWar.redeploy();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Without {@code livebrief.public-url} (as here), topics are named after the base URLs feeds were
     * requested under since the application started.
     */
    private void knownBase() {
        assertThat(api.get("feeds/languages/en.atom").status()).isEqualTo(200);
    }

    private static void awaitPing(String ping, long times) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (PINGS.stream().filter(ping::equals).count() < times && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(PINGS).filteredOn(ping::equals).hasSizeGreaterThanOrEqualTo((int) times);
    }

    /**
     * How often {@code ping} reached the hub once a later change's ping has too. The worker follows the log
     * in order, so a duplicate of an earlier change's ping would have come by then.
     */
    private long pingsAfterAnotherChange(String ping) throws InterruptedException {
        JsonObject later = newsroom.briefing(Api.uniqueSlug("websub-later"), "en", "Europe/Kyiv");
        String path = "feeds/briefings/" + later.getString("slug") + ".atom";
        assertThat(api.get(path).status()).isEqualTo(200);
        awaitPing("hub.mode=publish&hub.url=" + api.uri(path), 1);
        return PINGS.stream().filter(ping::equals).count();
    }

    @Test
    void readerPageLinksEveryFeed() {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("discover"), "en", "Europe/Kyiv");
        var page = Jsoup.parse(api.get("briefings/" + briefing.getString("slug")).body());
        // The oEmbed discovery link (hosting, absolute by the spec) is not a feed.
        var links = page.select("head link[rel=alternate][type]:not([type=application/json+oembed])");
        assertThat(links.eachAttr("type")).contains("application/atom+xml", "application/rss+xml",
                "application/feed+json", "application/json");
        links.forEach(link -> assertThat(api.get(link.attr("href").substring("/livebrief/".length())).status()).as(link.toString()).isEqualTo(200));
    }

    private void correct(long briefing, long entry, String body, String note) {
        String path = "api/briefings/" + briefing + "/entries/" + entry;
        long version = api.as("admin").get(path).json().getJsonNumber("version").longValue();
        Api.Reply reply = api.as("editor").header("If-Match", "\"" + version + "\"")
                .put(path, "{\"body\": \"" + body + "\", \"correctionNote\": \"" + note + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static byte[] bytes(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().getBytes(StandardCharsets.UTF_8);
    }

    /** What readers see for {@code login} in an English feed: its profile's name, or the newsroom without one. */
    private String byline(String login) {
        Api.Reply profile = api.as(login).get("api/contributors/me");
        return profile.status() == 404 ? "Staff" : profile.json().getJsonObject("displayName").getString("en");
    }
}
