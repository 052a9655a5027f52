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

    private Api.Reply permalink(String slug, Object entry) {
        return api.get("briefings/" + slug + "/entries/" + entry);
    }

    private static JsonObject jsonLd(Document page) {
        return Json.createReader(new StringReader(page.select("script[type=application/ld+json]").first().data())).readObject();
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "], meta[name=" + property + "]").attr("content");
    }

    @Test
    void anEntryHasItsOwnPageWithOpenGraphInTheContextOfItsBriefing() {
        String slug = Api.uniqueSlug("permalink");
        long briefing = briefing(slug, "en", "Europe/Kyiv");
        long older = publish(briefing, "{\"body\": \"<p>Delegations arrive. Security is tight.</p>\"}");
        long entry = publish(briefing, "{\"body\": \"<p>Talks lasted about four hours.</p>\", \"headline\": \"Talks end after four hours\"}");
        long newer = publish(briefing, "{\"body\": \"<p>Both sides will meet again.</p>\"}");
        JsonObject view = api.get("api/briefings/" + briefing + "/entries/" + entry).json();
        assertThat(view.getString("headline")).isEqualTo("Talks end after four hours");
        assertThat(view.getString("permalink")).isEqualTo("/livebrief/briefings/" + slug + "/entries/" + entry);

        Api.Reply reply = permalink(slug, entry);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Language")).isEqualTo("en");
        Document page = Jsoup.parse(reply.body(), api.uri("briefings/" + slug).toString());
        String canonical = page.select("link[rel=canonical]").attr("href");
        assertThat(canonical).endsWith("/livebrief/briefings/" + slug + "/entries/" + entry).startsWith("http");
        assertThat(page.title()).isEqualTo("Talks end after four hours");
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo("Talks end after four hours");
        assertThat(meta(page, "og:description")).isEqualTo("Talks lasted about four hours.");
        assertThat(meta(page, "og:url")).isEqualTo(canonical);
        assertThat(meta(page, "og:locale")).isEqualTo("en_US");
        assertThat(meta(page, "og:site_name")).isEqualTo("Livebrief-IT-Desk");
        assertThat(java.time.Instant.parse(meta(page, "article:published_time")))
                .isEqualTo(java.time.Instant.parse(view.getString("publishedAt")));
        assertThat(meta(page, "article:modified_time")).isNotEmpty();
        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        assertThat(meta(page, "twitter:title")).isEqualTo("Talks end after four hours");
        // In the context of its briefing: the title links back, the place on the live page, the neighbours.
        assertThat(page.select("h1 a").attr("href")).isEqualTo("/livebrief/briefings/" + slug);
        assertThat(page.select("h1 a").text()).isEqualTo("Talks <b>in</b> Istanbul");
        assertThat(page.select("article#entry-" + entry + " h2.entry-headline").text()).isEqualTo("Talks end after four hours");
        assertThat(page.select("article#entry-" + entry + " .body").text()).isEqualTo("Talks lasted about four hours.");
        assertThat(page.select("a.in-context").attr("href")).isEqualTo("/livebrief/briefings/" + slug + "#entry-" + entry);
        assertThat(page.select(".newer a").attr("href")).isEqualTo("/livebrief/briefings/" + slug + "/entries/" + newer);
        assertThat(page.select(".older a").attr("href")).isEqualTo("/livebrief/briefings/" + slug + "/entries/" + older);
        assertThat(page.select(".older a").text()).endsWith("Delegations arrive.");
        assertThat(page.select("article.entry")).hasSize(1);
        assertThat(page.select("article#entry-" + entry + " a.share").attr("href"))
                .isEqualTo("/livebrief/briefings/" + slug + "/entries/" + entry);
        JsonObject posting = jsonLd(page);
        assertThat(posting.getString("@type")).isEqualTo("BlogPosting");
        assertThat(posting.getString("url")).isEqualTo(canonical);
        assertThat(posting.getJsonObject("isPartOf").getString("url")).endsWith("/livebrief/briefings/" + slug);

        Document untitled = Jsoup.parse(permalink(slug, older).body());
        assertThat(untitled.title()).as("no headline: the first sentence").isEqualTo("Delegations arrive.");
        assertThat(untitled.select(".newer a").attr("href")).endsWith("/entries/" + entry);
        assertThat(untitled.select(".older")).isEmpty();
    }

    @Test
    void aPermalinkShowsOnlyAPublicEntryOfThatBriefingToEveryone() {
        String slug = Api.uniqueSlug("permalink-attack");
        long briefing = briefing(slug, "uk", "Europe/Kyiv");
        long published = publish(briefing, "{\"body\": \"Опубліковано\"}");
        long draft = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Чернетка\"}"));
        long submitted = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Подано\"}"));
        assertThat(newsroom.transition(briefing, submitted, "submit", "reporter").status()).isEqualTo(200);
        long elsewhere = publish(briefing(Api.uniqueSlug("permalink-other"), "en", "UTC"), "{\"body\": \"Other briefing\"}");
        // A briefing that is not public (archived): its published entry has no public page either.
        String privateSlug = Api.uniqueSlug("permalink-private");
        long archived = briefing(privateSlug, "en", "UTC");
        long inPrivate = publish(archived, "{\"body\": \"Prepared in private\"}");
        for (String action : new String[] {"close", "archive"}) {
            long version = api.as("editor").get("api/briefings/" + archived).json().getJsonNumber("version").longValue();
            Api.Reply taken = api.as("editor").header("If-Match", "\"" + version + "\"").post("api/briefings/" + archived + "/" + action, "{}");
            assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        }

        assertThat(permalink(slug, published).status()).isEqualTo(200);
        for (String user : new String[] {null, "reporter", "editor", "admin"}) {
            Api caller = user == null ? api : api.as(user);
            for (Object id : new Object[] {draft, submitted, elsewhere, "abc", "0", "-1", "1e3", published + "/",
                    "99999999999999999999", "", inPrivate}) {
                Api.Reply reply = caller.get("briefings/" + slug + "/entries/" + id);
                assertThat(reply.status()).as(user + " " + id + ": " + reply).isEqualTo(404);
                assertThat(reply.body()).doesNotContain("Чернетка", "Подано", "Other briefing", "Prepared in private", "Exception");
            }
            assertThat(caller.get("briefings/" + privateSlug + "/entries/" + inPrivate).status()).as(user).isEqualTo(404);
            assertThat(caller.get("briefings/" + slug + "/items/" + published).status()).as(user).isEqualTo(404);
            assertThat(caller.get("briefings/" + Api.uniqueSlug("nobody") + "/entries/" + published).status()).as(user).isEqualTo(404);
        }
        Document notFound = Jsoup.parse(permalink(slug, draft).body());
        assertThat(notFound.select("html").attr("lang")).isEqualTo("uk");
        assertThat(notFound.select("h1").text()).isEqualTo("Оновлення не знайдено");
    }

    @Test
    void aRetractedEntrysPermalinkIsA410TombstoneWithoutItsText() {
        String slug = Api.uniqueSlug("permalink-gone");
        long briefing = briefing(slug, "en", "Europe/Kyiv");
        long entry = publish(briefing, "{\"body\": \"<p>An unverified rumour.</p>\", \"headline\": \"Rumour headline\"}");
        Api.Reply retraction = newsroom.transition(briefing, entry, "retract", "editor", "{\"reason\": \"not confirmed\"}");
        assertThat(retraction.status()).as(retraction.toString()).isEqualTo(200);

        Api.Reply reply = permalink(slug, entry);
        assertThat(reply.status()).as("as the API answers: " + api.get("api/briefings/" + briefing + "/entries/" + entry).status())
                .isEqualTo(410);
        Document page = Jsoup.parse(reply.body());
        assertThat(page.select(".withdrawn-notice").text()).isEqualTo("This update was withdrawn: not confirmed");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.title()).isEqualTo("Update withdrawn");
        assertThat(reply.body()).doesNotContain("unverified rumour", "Rumour headline");
        assertThat(page.select("h1 a").attr("href")).isEqualTo("/livebrief/briefings/" + slug);
    }

    @Test
    void headlinesAreValidatedAndAlwaysEscaped() {
        String slug = Api.uniqueSlug("headline-xss");
        long briefing = briefing(slug, "en", "UTC");
        for (String bad : new String[] {"\"" + "x".repeat(161) + "\"", "\"two\\nlines\"", "\"bell\\u0007\""}) {
            Api.Reply refused = api.as("editor").post("api/briefings/" + briefing + "/entries", "{\"body\": \"Text\", \"headline\": " + bad + "}");
            assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain("Exception", "at org.");
        }
        String headline = "</title><script>alert(1)</script>\"><img src=x onerror=alert(2)> & 'q' </script>";
        String json = headline.replace("\\", "\\\\").replace("\"", "\\\"");
        long entry = publish(briefing, "{\"body\": \"<p>Plain body.</p>\", \"keyEvent\": true, \"headline\": \"" + json + "\"}");

        String reader = api.get("briefings/" + slug).body();
        String own = permalink(slug, entry).body();
        for (String html : new String[] {reader, own}) {
            assertThat(html).doesNotContain("<script>alert", "<img src=x", "</title><script>");
            assertThat(Jsoup.parse(html).select("script")).allSatisfy(s -> assertThat(s.attr("type").equals("application/ld+json")
                    || (s.attr("src").startsWith("/livebrief/live/") && s.data().isEmpty())).isTrue());
            Document page = Jsoup.parse(html);
            assertThat(page.select("article#entry-" + entry + " h2.entry-headline").text()).isEqualTo(headline.strip());
            assertThat(page.select("img")).isEmpty();
        }
        Document readerPage = Jsoup.parse(reader);
        assertThat(readerPage.select(".key-events li a").text()).endsWith(headline.strip());
        assertThat(jsonLd(readerPage).getJsonArray("liveBlogUpdate").getJsonObject(0).getString("headline")).isEqualTo(headline.strip());
        Document page = Jsoup.parse(own);
        assertThat(page.title()).isEqualTo(headline.strip());
        assertThat(meta(page, "og:title")).isEqualTo(headline.strip());
        assertThat(meta(page, "twitter:title")).isEqualTo(headline.strip());
        assertThat(page.select("a.share").attr("data-title")).isEqualTo(headline.strip());
        assertThat(jsonLd(page).getString("headline")).isEqualTo(headline.strip());
    }

    @Test
    void aHeadlineIsChangedAndRemovedWithoutACorrection() {
        long briefing = newsroom.briefing("headline-edit");
        long entry = publish(briefing, "{\"body\": \"Text stays.\", \"headline\": \"First\"}");
        String path = "api/briefings/" + briefing + "/entries/" + entry;
        long version = api.get(path).json().getJsonNumber("version").longValue();
        Api.Reply changed = api.as("editor").header("If-Match", "\"" + version + "\"").put(path, "{\"body\": \"Text stays.\", \"headline\": \"Second\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("headline")).isEqualTo("Second");
        assertThat(changed.json().getJsonArray("corrections")).isEmpty();
        Api.Reply removed = api.as("editor").header("If-Match", "\"" + changed.json().getJsonNumber("version") + "\"")
                .put(path, "{\"body\": \"Text stays.\", \"headline\": \"\"}");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().containsKey("headline")).as(removed.toString()).isFalse();
        Api.Reply history = api.as("editor").get(path + "/revisions");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("First", "Second");
    }

    @Test
    void theLiveBlogsSchemaOrgStartsAtTheFirstPublicationAndNamesThePublisher() {
        Document page = page("russia-ukraine-war-2022-03-29");
        JsonObject posting = jsonLd(page);
        java.time.Instant start = java.time.Instant.parse(posting.getString("coverageStartTime"));
        var updates = posting.getJsonArray("liveBlogUpdate").getValuesAs(JsonObject.class);
        assertThat(updates).isNotEmpty().allSatisfy(u -> {
            assertThat(java.time.Instant.parse(u.getString("datePublished"))).isAfterOrEqualTo(start);
            assertThat(u.getString("url")).matches(".*/livebrief/briefings/russia-ukraine-war-2022-03-29/entries/\\d+");
            assertThat(u.getJsonObject("author").getString("name")).isNotIn("editor", "reporter", "admin");
        });
        assertThat(updates).anySatisfy(u -> assertThat(java.time.Instant.parse(u.getString("datePublished"))).isEqualTo(start));
        assertThat(posting.getString("datePublished")).isEqualTo(posting.getString("coverageStartTime"));
        assertThat(posting.getString("mainEntityOfPage")).isEqualTo(page.select("link[rel=canonical]").attr("href"));
        JsonObject publisher = posting.getJsonObject("publisher");
        assertThat(publisher.getString("name")).isEqualTo("Livebrief-IT-Desk");
        assertThat(publisher.getJsonObject("logo").getString("url")).startsWith("http").endsWith("/livebrief/briefing/it-logo.png");
        assertThat(publisher.getString("url")).isEqualTo("https://news.example.org/");

        long briefing = newsroom.briefing("coverage-end");
        publish(briefing, "{\"body\": \"Last word.\"}");
        String path = "api/briefings/" + briefing;
        String slug = api.get(path).json().getString("slug");
        assertThat(jsonLd(page(slug)).containsKey("coverageEndTime")).isFalse();
        long version = api.get(path).json().getJsonNumber("version").longValue();
        Api.Reply closed = api.as("editor").header("If-Match", "\"" + version + "\"").post(path + "/close", "{}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(java.time.Instant.parse(jsonLd(page(slug)).getString("coverageEndTime")))
                .isAfterOrEqualTo(java.time.Instant.parse(jsonLd(page(slug)).getString("coverageStartTime")));
    }

    @Test
    void theEventABriefingCoversIsItsSchemaOrgAboutWithItsPlaceInThePagesLanguage() {
        long briefing = newsroom.briefing("covers-event");
        publish(briefing, "{\"body\": \"Delegations arrived.\"}");
        String path = "api/briefings/" + briefing;
        String slug = api.get(path).json().getString("slug");
        Api.Reply place = api.as("editor").post("api/names", "{\"type\": \"place\", \"names\": {\"uk\": \""
                + Newsroom.madeUpSurname().replace("цький", "ів") + "\", \"en\": \"Testiv" + briefing + "\"}}");
        assertThat(place.status()).as(place.toString()).isEqualTo(201);
        long placeId = Newsroom.id(place.json());
        java.util.function.Function<String, Api.Reply> put = json -> api.as("editor")
                .header("If-Match", "\"" + api.get(path).json().getJsonNumber("version").longValue() + "\"").put(path, json);

        Api.Reply notAPlace = put.apply("{\"event\": {\"name\": \"Talks\", \"place\": 987654321}}");
        assertThat(notAPlace.status()).as(notAPlace.toString()).isEqualTo(400);
        assertThat(notAPlace.body()).contains("event.place");
        assertThat(put.apply("{\"event\": {\"startDate\": \"2022-03-29\"}}").status()).as("a date without a name")
                .isEqualTo(400);
        assertThat(put.apply("{\"event\": {\"name\": \"Talks\", \"startDate\": \"29 March\"}}").status())
                .as("not an ISO date").isEqualTo(400);

        Api.Reply named = put.apply("{\"event\": {\"name\": \"Russia–Ukraine talks in Istanbul\", \"startDate\": \"2022-03-29\","
                + " \"place\": " + placeId + "}}");
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        assertThat(named.json().getJsonObject("event").getString("startDate")).isEqualTo("2022-03-29");
        JsonObject about = jsonLd(page(slug)).getJsonObject("about");
        assertThat(about.getString("@type")).isEqualTo("Event");
        assertThat(about.getString("name")).isEqualTo("Russia–Ukraine talks in Istanbul");
        assertThat(about.getString("startDate")).isEqualTo("2022-03-29");
        assertThat(about.getJsonObject("location").getString("name")).isEqualTo("Testiv" + briefing);

        assertThat(put.apply("{\"title\": \"Talks, day 2\"}").status()).as("absent keeps it").isEqualTo(200);
        assertThat(jsonLd(page(slug)).containsKey("about")).isTrue();
        assertThat(put.apply("{\"event\": {\"name\": \"\"}}").status()).isEqualTo(200);
        assertThat(jsonLd(page(slug)).containsKey("about")).as("an empty name removes it").isFalse();
    }

    @Test
    void aUkrainianPageShowsUkrainianDates() {
        Document page = page("viina-v-ukraini-2022-03-29");
        var times = page.select("#updates article.entry header a.time time");
        assertThat(times).isNotEmpty();
        assertThat(times.first().text()).as("the demo's entries are of 29 March 2022").contains("березня").contains("2022")
                .doesNotContain("Mar", "AM", "PM");
        assertThat(times.first().attr("datetime")).startsWith("2022-03-29T");
    }
}
