package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.MarkupRules;
import org.livebrief.testing.Newsroom;

/**
 * Issue #17, item 2 over HTTP: an embed is saved as Livebrief rebuilds it from the URL, a refused URL is a 400
 * naming the reason, the reader and entry pages show a placeholder that loads nothing from the provider, their CSP
 * allows the providers' players only, and every feed carries a plain link.
 */
class EmbedsIT extends DeployedWar {

    private static final String WATCH = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    private static final String PLAYER = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";

    /** The IT server's oEmbed provider "itmedia" (arquillian.xml) asks this endpoint: a real HTTP server on this machine. */
    private static com.sun.net.httpserver.HttpServer endpoint;
    private static final java.util.List<String> ASKED = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.BeforeAll
    static void startEndpoint() throws java.io.IOException {
        endpoint = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", Integer.getInteger("it.oembed.port")), 0);
        endpoint.createContext("/oembed", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            ASKED.add(query);
            boolean known = query.endsWith("%2Fv%2F7");
            byte[] answer = ("{\"version\": \"1.0\", \"type\": \"video\", \"title\": \"Night session of parliament\","
                    + " \"html\": \"<iframe src=\\\"https://player.it.test/e/7\\\"></iframe><script src=\\\"https://media.it.test/x.js\\\"></script>\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 500, known ? answer.length : -1);
            if (known) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        endpoint.start();
    }

    @org.junit.jupiter.api.AfterAll
    static void stopEndpoint() {
        endpoint.stop(0);
    }

    @Test
    void anAdminsOEmbedProviderGivesTheTitleAndPlayerOnSaveAndAFailingOneNoTitle() {
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("embeds-oembed"), "en", "Europe/Kyiv"));
        JsonObject posted = newsroom.post(briefing, "reporter", body("<figure data-embed-url=\"https://media.it.test/v/7\"></figure>"));
        assertThat(ASKED).contains("format=json&url=https%3A%2F%2Fmedia.it.test%2Fv%2F7");
        Element figure = Jsoup.parseBodyFragment(posted.getString("body")).selectFirst("figure.embed");
        assertThat(figure.attr("data-embed")).isEqualTo("itmedia");
        assertThat(figure.attr("data-embed-src")).isEqualTo("https://player.it.test/e/7");
        assertThat(figure.select("figcaption small").text()).isEqualTo("IT-Media");
        assertThat(figure.select("figcaption a").text()).isEqualTo("Night session of parliament");
        assertThat(posted.getString("body")).doesNotContain("script");

        JsonObject failed = newsroom.post(briefing, "reporter", body("<figure data-embed-url=\"https://media.it.test/v/8\" "
                + "data-embed-src=\"https://evil.example/e/8\"></figure>"));
        Element linkOnly = Jsoup.parseBodyFragment(failed.getString("body")).selectFirst("figure.embed");
        assertThat(linkOnly.hasAttr("data-embed-src")).as("no player from the author, none from the provider").isFalse();
        assertThat(linkOnly.select("figcaption a").text()).isEqualTo("https://media.it.test/v/8");
    }

    private static String body(String html) {
        return Json.createObjectBuilder().add("body", html).build().toString();
    }

    @Test
    void anEmbedIsSavedAsLivebriefBuildsItAndSurvivesARoundTrip() {
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("embeds"), "en", "Europe/Kyiv"));
        JsonObject posted = newsroom.post(briefing, "reporter", body("<p>Watch the briefing.</p>"
                + "<figure data-embed-url=\"https://youtu.be/dQw4w9WgXcQ?t=5\" data-embed-src=\"https://evil.example/\" "
                + "data-embed-title=\"Press briefing\" onclick=\"alert(1)\"><iframe src=\"https://evil.example/\"></iframe></figure>"));
        Element figure = Jsoup.parseBodyFragment(posted.getString("body")).selectFirst("figure.embed");
        assertThat(figure).isNotNull();
        assertThat(figure.attr("data-embed")).isEqualTo("youtube");
        assertThat(figure.attr("data-embed-url")).isEqualTo(WATCH);
        assertThat(figure.attr("data-embed-src")).isEqualTo(PLAYER);
        assertThat(figure.select("figcaption a").attr("href")).isEqualTo(WATCH);
        assertThat(figure.select("figcaption a").text()).isEqualTo("Press briefing");
        assertThat(posted.getString("body")).doesNotContain("evil.example").doesNotContain("iframe").doesNotContain("onclick");

        String path = "api/briefings/" + briefing + "/entries/" + Newsroom.id(posted) + "/draft";
        Api.Reply again = api.as("reporter").header("If-Match", "\"" + posted.getJsonNumber("version") + "\"")
                .put(path, body(posted.getString("body")));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getString("body")).as("saved again unchanged").isEqualTo(posted.getString("body"));
    }

    @Test
    void aUrlOffTheAllowlistOrMalformedIsA400NamingTheReason() {
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("embeds-bad"), "en", "Europe/Kyiv"));
        String[][] cases = {
                {"javascript:alert(1)", "https://"},
                {"data:text/html,hi", "https://"},
                {"https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "not on this site's embed allowlist"},
                {"https://user@www.youtube.com/watch?v=dQw4w9WgXcQ", "user name"},
                {"https://www.youtube.com/channel/UC1", "is on YouTube but is not"},
                {"https://www.yоutube.com/watch?v=dQw4w9WgXcQ", "ASCII"},
        };
        for (String[] c : cases) {
            Api.Reply reply = api.as("reporter").post("api/briefings/" + briefing + "/entries",
                    body("<p>Look.</p><figure data-embed-url=\"" + c[0] + "\"></figure>"));
            assertThat(reply.status()).as(c[0] + ": " + reply).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("body");
            assertThat(error.getString("message")).as(c[0]).startsWith("embed ").contains(c[1]);
        }
        assertThat(api.as("reporter").get("api/briefings/" + briefing + "/entries").json().getJsonArray("items"))
                .as("nothing was saved").isEmpty();
    }

    @Test
    void readersGetAPlaceholderThatLoadsNothingFromTheProviderAndFeedsAPlainLink() {
        String slug = Api.uniqueSlug("embeds-read");
        long briefing = Newsroom.id(newsroom.briefing(slug, "en", "Europe/Kyiv"));
        long entry = newsroom.published(briefing, body("<p>The statement:</p>"
                + "<figure data-embed-url=\"https://twitter.com/Ukraine/status/1498300925938868227\" data-embed-title=\"Statement\"></figure>"));

        for (String path : new String[] {"briefings/" + slug, "briefings/" + slug + "/entries/" + entry, "briefings/" + slug + "?embed=1"}) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as(path + ": " + reply).isEqualTo(200);
            assertThat(reply.header("Content-Security-Policy")).as(path)
                    .contains("frame-src 'self' https://www.youtube-nocookie.com ").contains(" https://platform.twitter.com ")
                    .contains("default-src 'self'");
            Document page = Jsoup.parse(reply.body(), api.uri(path).toString());
            Element figure = page.selectFirst("figure.embed[data-embed=x]");
            assertThat(figure).as(path).isNotNull();
            assertThat(figure.select("figcaption small").text()).isEqualTo("X");
            assertThat(figure.select("figcaption a").attr("href")).as("a link that works without JavaScript")
                    .isEqualTo("https://x.com/Ukraine/status/1498300925938868227");
            assertThat(figure.select("figcaption a").text()).isEqualTo("Statement");
            assertThat(page.select("iframe")).as(path).isEmpty();
            for (Element loads : page.select("[src]")) {
                assertThat(loads.attr("src")).as(path + ": nothing but our own files load with the page").startsWith("/livebrief/");
            }
            assertThat(page.select("link[href]").eachAttr("href")).allSatisfy(href -> assertThat(href)
                    .satisfiesAnyOf(h -> assertThat(h).startsWith("/livebrief/"), h -> assertThat(h).startsWith(api.uri("").toString())));
            assertThat(page.select("script[src=/livebrief/live/embeds.js]").attr("data-show")).isEqualTo("Show the content from {0}");
            assertThat(MarkupRules.inPage(reply.body())).as(path).isEmpty();
        }

        String feeds = "feeds/briefings/" + slug;
        for (String feed : new String[] {".atom", ".rss", ".json", ".ninjs"}) {
            Api.Reply reply = api.get(feeds + feed);
            assertThat(reply.status()).as(feed + ": " + reply).isEqualTo(200);
            String text = reply.body();
            assertThat(text).as(feed).contains("https://x.com/Ukraine/status/1498300925938868227")
                    .doesNotContain("iframe").doesNotContain("platform.twitter.com").doesNotContain("data-embed");
        }
        String content = Json.createReader(new java.io.StringReader(api.get(feeds + ".json").body())).readObject()
                .getJsonArray("items").getJsonObject(0).getString("content_html");
        assertThat(Jsoup.parseBodyFragment(content).select("a[href=https://x.com/Ukraine/status/1498300925938868227]").text())
                .isEqualTo("Statement");
        assertThat(MarkupRules.inContent(content)).isEmpty();
    }

    @Test
    void aBareAllowedUrlOnItsOwnLineBecomesAnEmbedAndAnAuthorsRawFrameIsStripped() {
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("embeds-bare"), "en", "Europe/Kyiv"));
        JsonObject bare = newsroom.post(briefing, "reporter", body("Listen:\n\nhttps://soundcloud.com/bbc-world-service/the-newsroom"));
        assertThat(bare.getString("body")).contains("data-embed=\"soundcloud\"")
                .contains("data-embed-src=\"https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fbbc-world-service%2Fthe-newsroom\"");
        JsonObject raw = newsroom.post(briefing, "reporter", body("<p>Raw:</p><iframe src=\"" + PLAYER + "\"></iframe>"
                + "<script src=\"https://platform.twitter.com/widgets.js\"></script>"));
        assertThat(raw.getString("body")).isEqualTo("<p>Raw:</p>");
        assertThat(bare.get("body")).isInstanceOf(JsonString.class);
    }
}
