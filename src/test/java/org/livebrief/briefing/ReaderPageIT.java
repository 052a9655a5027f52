package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/** The server-rendered reader page, parsed as a browser would and checked for what a reader sees. */
class ReaderPageIT extends DeployedWar {

    private long briefing(String slug, String language, String timeZone) {
        return Newsroom.id(newsroom.briefing(slug, language, timeZone));
    }

    private long publish(long briefing, String json) {
        return newsroom.published(briefing, json);
    }

    private Document page(String slug) {
        Api.Reply reply = api.get("briefings/" + slug);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        return Jsoup.parse(reply.body(), api.uri("briefings/" + slug).toString());
    }

    @Test
    void theFrontPageListsPublicBriefingsInTheReadersLanguageAndNotDrafts() {
        String live = Api.uniqueSlug("front");
        briefing(live, "uk", "Europe/Kyiv");
        String draft = Api.uniqueSlug("front-draft");
        Api.Reply created = api.as("editor").post("api/briefings", "{\"slug\": \"" + draft
                + "\", \"language\": \"en\", \"title\": \"Not yet\", \"status\": \"draft\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        // The application's root is the front page (rewritten to /briefings/, no redirect), and so is /briefings/.
        for (String path : new String[] {"", "briefings/"}) {
            Api.Reply reply = api.header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5").get(path);
            assertThat(reply.status()).as(path + ": " + reply).isEqualTo(200);
            assertThat(reply.header("Content-Type")).startsWith("text/html");
            Document page = Jsoup.parse(reply.body(), api.uri(path).toString());
            assertThat(page.select("html").attr("lang")).isEqualTo("uk");
            assertThat(page.select("h1").text()).isEqualTo("Брифінги наживо");
            assertThat(page.select("a[href=/livebrief/briefings/" + live + "]").attr("lang")).isEqualTo("uk");
            assertThat(page.select("a[href=/livebrief/briefings/" + live + "]").text()).isEqualTo("Talks <b>in</b> Istanbul");
            assertThat(page.select("a[href*=" + draft + "]")).isEmpty();
            assertThat(page.select("a[href=/livebrief/editor/]")).hasSize(1);
        }
        Document english = Jsoup.parse(api.header("Accept-Language", "de").get("").body());
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo("Live briefings");
    }

    @Test
    void publishedEntriesShowWithJsonLdAndDraftsDoNot() {
        String slug = Api.uniqueSlug("reader");
        long briefing = briefing(slug, "en", "Europe/Kyiv");
        long published = publish(briefing, "{\"body\": \"<p>Talks lasted about four hours.</p>\", \"keyEvent\": true}");
        api.as("reporter").post("api/briefings/" + briefing + "/entries", "{\"body\": \"Unpublished draft text\"}");

        Document page = page(slug);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Talks <b>in</b> Istanbul");
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/livebrief/briefings/" + slug);
        assertThat(page.select("article#entry-" + published + " .body").text()).isEqualTo("Talks lasted about four hours.");
        assertThat(page.select(".key-events a[href=#entry-" + published + "]")).hasSize(1);
        assertThat(page.body().text()).doesNotContain("Unpublished draft text");

        JsonObject jsonLd = Json.createReader(new StringReader(
                page.select("script[type=application/ld+json]").first().data())).readObject();
        assertThat(jsonLd.getString("@type")).isEqualTo("LiveBlogPosting");
        assertThat(jsonLd.getString("inLanguage")).isEqualTo("en");
        assertThat(jsonLd.getJsonArray("liveBlogUpdate")).hasSize(1);
        assertThat(jsonLd.getJsonArray("liveBlogUpdate").getJsonObject(0).getString("articleBody"))
                .isEqualTo("Talks lasted about four hours.");
    }

    @Test
    void scriptInABodyNeverReachesThePage() {
        String slug = Api.uniqueSlug("xss");
        long briefing = briefing(slug, "en", "UTC");
        publish(briefing, "{\"body\": \"<p>Hello</p><script>alert('x')</script><img src=x onerror=alert(1)>"
                + "</script><script>alert(2)</script>\"}");
        String html = api.get("briefings/" + slug).body();
        assertThat(html).doesNotContain("alert", "onerror");
        assertThat(Jsoup.parse(html).select("script")).as("JSON-LD, or our own script file: nothing inline that runs")
                .allSatisfy(s -> assertThat(s.attr("type").equals("application/ld+json")
                        || (s.attr("src").startsWith("/livebrief/live/") && s.data().isEmpty())).isTrue());
        assertThat(html).doesNotContain("<b>in</b>").contains("Talks &lt;b&gt;in&lt;/b&gt; Istanbul");
    }

    @Test
    void timesAreShownInTheBriefingsZoneAndStringsInItsLanguage() {
        String slug = Api.uniqueSlug("kyiv-time");
        long briefing = briefing(slug, "uk", "Asia/Tokyo");
        long entry = publish(briefing, "{\"body\": \"Оновлення\", \"pinned\": true}");
        Document page = page(slug);
        assertThat(page.select("html").attr("lang")).isEqualTo("uk");
        assertThat(page.select("article.pinned .label").text()).isEqualTo("Закріплено");
        String iso = page.select("article#entry-" + entry + " time").attr("datetime");
        String shown = page.select("article#entry-" + entry + " time").text();
        String expected = java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(java.util.Locale.forLanguageTag("uk")).withZone(java.time.ZoneId.of("Asia/Tokyo"))
                .format(java.time.Instant.parse(iso));
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void aBriefingWithoutKeyEventsOrOtherLanguagesShowsNoEmptyBoxes() {
        String slug = Api.uniqueSlug("plain");
        long briefing = briefing(slug, "en", "Europe/Kyiv");
        publish(briefing, "{\"body\": \"<p>An ordinary update.</p>\"}");
        Document page = page(slug);
        assertThat(page.select(".entry")).hasSize(1);
        assertThat(page.select("nav.key-events")).isEmpty();
        assertThat(page.select(".languages")).isEmpty();
    }

    /** Issue #14, finding 6: the tombstone stands where the update was, without its text, also as a paging cursor. */
    @Test
    void aRetractedUpdateLeavesANoticeWithTheReasonInItsPlace() {
        String slug = Api.uniqueSlug("withdrawn");
        long briefing = briefing(slug, "ru", "Europe/Kyiv");
        long older = publish(briefing, "{\"body\": \"<p>Первое сообщение.</p>\"}");
        long retracted = publish(briefing, "{\"body\": \"<p>Непроверенный слух.</p>\", \"keyEvent\": true}");
        long newer = publish(briefing, "{\"body\": \"<p>Третье сообщение.</p>\"}");
        Api.Reply retraction = newsroom.transition(briefing, retracted, "retract", "editor", "{\"reason\": \"слух не подтвердился\"}");
        assertThat(retraction.status()).as(retraction.toString()).isEqualTo(200);

        Document page = page(slug);
        assertThat(page.select("#updates > article").eachAttr("id"))
                .containsExactly("entry-" + newer, "entry-" + retracted, "entry-" + older);
        assertThat(page.select("#entry-" + retracted + " .withdrawn-notice").text())
                .isEqualTo("Это обновление отозвано: слух не подтвердился");
        assertThat(page.body().text()).doesNotContain("Непроверенный слух");
        assertThat(page.select("nav.key-events")).isEmpty();
        assertThat(page.select("script[type=application/ld+json]").first().data()).doesNotContain("Непроверенный");
        Api.Reply olderPage = api.get("briefings/" + slug + "?before=" + retracted);
        assertThat(olderPage.status()).isEqualTo(200);
        assertThat(olderPage.body()).contains("Первое сообщение").doesNotContain("Третье сообщение");
    }

    @Test
    void unknownBriefingsAreAFriendlyNotFound() {
        Api.Reply reply = api.get("briefings/" + Api.uniqueSlug("missing"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(Jsoup.parse(reply.body()).select("h1").text()).isEqualTo("Briefing not found");
    }

    @Test
    void demoNamesLetTheStyleCheckerFlagOtherSpellings() {
        String text = "Zelensky spoke in Kiev.";
        Api.Reply checked = api.as("reporter").post("api/style/check",
                "{\"language\": \"en\", \"text\": \"" + text + "\", \"style\": \"rferl\"}");
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        var findings = checked.json().getJsonArray("findings").getValuesAs(jakarta.json.JsonObject.class);
        assertThat(findings).extracting(f -> f.getString("found") + "→" + f.getString("preferred"))
                .containsExactly("Zelensky→Zelenskiy", "Kiev→Kyiv");
        assertThat(text.substring(findings.get(1).getInt("start"), findings.get(1).getInt("end"))).isEqualTo("Kiev");
    }

    @Test
    void demoBriefingIsServed() {
        Document page = page("russia-ukraine-war-2022-03-29");
        assertThat(page.select("h1").text()).contains("Zelenskiy");
        assertThat(page.select("article.entry").size()).isGreaterThan(10);
        assertThat(page.select("article.pinned")).hasSize(1);
        assertThat(page.select(".key-events li").size()).isBetween(3, 4);
        assertThat(page("viina-v-ukraini-2022-03-29").select("html").attr("lang")).isEqualTo("uk");
        assertThat(page.select("link[rel=alternate][hreflang=uk]").attr("href")).endsWith("/viina-v-ukraini-2022-03-29");
    }
}
