package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livebrief.feeds.FeedChecks.count;
import static org.livebrief.feeds.FeedChecks.xpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livebrief.testing.Api;
import org.livebrief.testing.Newsroom;
import org.w3c.dom.Document;

/**
 * Feeds on the real server: validity, corrections and retractions, conditional GET, gzip, archives and
 * WebSub. The server runs with {@code livebrief.feeds.page-size=5} and a stub hub in this JVM (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsIT {

    private static final String TAG = "tag:it.livebrief.test,2026:livebrief/entry/";
    private static final List<String> PINGS = new CopyOnWriteArrayList<>();
    private static HttpServer hub;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("livebrief.war")));
    }

    @ArquillianResource
    URI base;

    Api api;
    Newsroom newsroom;

    @BeforeAll
    static void startHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.getInteger("it.websub.port")), 0);
        hub.createContext("/hub", exchange -> {
            PINGS.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
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
        assertThat(first.header("Cache-Control")).matches("public, max-age=\\d+, stale-while-revalidate=\\d+");
        assertThat(first.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(first.header("Last-Modified")).endsWith("GMT");
        assertThat(first.header("Link")).contains("rel=\"hub\"").contains("<" + api.uri(path) + ">; rel=\"self\"");
        Document before = FeedChecks.atom(bytes(first));
        String entry = "/a:feed/a:entry[a:id='" + TAG + corrected + "']";
        String published = xpath(before, entry + "/a:published");
        assertThat(xpath(before, "/a:feed/@xml:lang")).isEqualTo("en");
        assertThat(xpath(before, "/a:feed/a:link[@rel='self']/@href")).isEqualTo(api.uri(path).toString());
        assertThat(xpath(before, entry + "/a:link[@rel='alternate']/@href"))
                .isEqualTo(api.uri("briefings/" + briefing.getString("slug")) + "#entry-" + corrected);
        assertThat(xpath(before, entry + "/a:author/a:name")).isEqualTo("editor");

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
        assertThat(xpath(channel, "//item[guid='" + TAG + key + "']/dc:creator")).isEqualTo("editor");
        assertThat(xpath(channel, "/rss/channel/a:link[@rel='self']/@href")).isEqualTo(api.uri(feeds + ".rss").toString());

        Api.Reply json = api.get(feeds + ".json");
        assertThat(json.header("Content-Type")).startsWith("application/feed+json");
        assertThat(FeedChecks.jsonFeed(bytes(json)).path("items")).hasSize(2);

        Api.Reply ninjs = api.get(feeds + ".ninjs");
        assertThat(ninjs.header("Content-Type")).startsWith("application/json");
        JsonNode composite = FeedChecks.ninjs(bytes(ninjs));
        assertThat(composite.path("associations")).hasSize(2);

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
    void hubIsPingedForTheFeedsAfterCommit() throws InterruptedException {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("websub"), "en", "Europe/Kyiv");
        String path = "feeds/briefings/" + briefing.getString("slug") + ".atom";
        assertThat(api.get(path).status()).isEqualTo(200);
        newsroom.published(Newsroom.id(briefing), "{\"body\": \"Subscribers hear of this at once.\"}");
        String expected = "hub.mode=publish&hub.url=" + api.uri(path);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!PINGS.contains(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(PINGS).contains(expected, expected.replace(".atom", ".rss"), expected.replace(".atom", "/key-events.json"));
    }

    @Test
    void readerPageLinksEveryFeed() {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("discover"), "en", "Europe/Kyiv");
        var page = Jsoup.parse(api.get("briefings/" + briefing.getString("slug")).body());
        var links = page.select("head link[rel=alternate][type]");
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
}
