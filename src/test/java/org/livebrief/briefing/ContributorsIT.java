package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/**
 * Bylines (issue #13, finding 3; issue #17, bylines): no public output names a login. An author with a profile is
 * signed with its display name in the briefing's language, an author without one as the newsroom; staff still see
 * logins. Profiles are made by admins and edited by their owner, with If-Match.
 */
class ContributorsIT extends DeployedWar {

    /** reporter2's profile, with display names no other test uses; made by the admin when the demo made none. */
    private JsonObject reporter2Profile(String en, String uk) {
        Api.Reply mine = api.as("reporter2").get("api/contributors/me");
        String body = """
                {"displayName": {"en": "%s", "uk": "%s"}, "role": "Reporter", "profileUrl": "https://example.org/people/r2"}"""
                .formatted(en, uk);
        if (mine.status() == 404) {
            Api.Reply made = api.as("admin").post("api/contributors",
                    body.replace("{\"displayName\"", "{\"login\": \"reporter2\", \"displayName\""));
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            return made.json();
        }
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        Api.Reply updated = api.as("reporter2").header("If-Match", mine.header("ETag"))
                .put("api/contributors/" + Newsroom.id(mine.json()), body);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        return updated.json();
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Test
    void everyPublicOutputSignsWithTheBylineAndNeverWithALogin() {
        String en = unique("Mariia Test");
        reporter2Profile(en, unique("Марія Тест"));
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("bylines"), "en", "Europe/Kyiv");
        long id = Newsroom.id(briefing);
        long entry = Newsroom.id(newsroom.post(id, "reporter2", "{\"body\": \"Sirens in Kharkiv.\"}"));
        assertThat(newsroom.transition(id, entry, "publish", "editor").status()).isEqualTo(200);
        Api.Reply corrected = api.as("editor").header("If-Match", "\"" + version(id, entry) + "\"")
                .put("api/briefings/" + id + "/entries/" + entry,
                        "{\"body\": \"Sirens in Kharkiv and Sumy.\", \"correctionNote\": \"Sumy added\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        String slug = briefing.getString("slug");
        List<String> outputs = List.of("briefings/" + slug, "briefings/" + slug + "?embed=1", "briefings/" + slug + "/entries/" + entry,
                "feeds/briefings/" + slug + ".atom", "feeds/briefings/" + slug + ".rss",
                "feeds/briefings/" + slug + ".json", "feeds/briefings/" + slug + ".ninjs",
                "api/briefings/" + id + "/entries", "api/briefings/" + id + "/entries/" + entry,
                "api/briefings/" + id + "/changes?since=0");
        for (String path : outputs) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.body()).as(path + " signs with the display name").contains(en);
            assertThat(reply.body()).as(path + " names no login").doesNotContain("reporter2")
                    .doesNotContain("\"editor\"").doesNotContain("\"approvedBy\"");
        }
        JsonObject publicEntry = api.get("api/briefings/" + id + "/entries/" + entry).json();
        assertThat(publicEntry.containsKey("author")).isFalse();
        assertThat(publicEntry.getJsonObject("byline").getString("name")).isEqualTo(en);
        assertThat(publicEntry.getJsonArray("corrections").getJsonObject(0).getString("by"))
                .as("the corrector without a profile of their own is the newsroom, or their display name")
                .isNotEqualTo("editor");
        assertThat(api.get("briefings/" + slug).body()).contains("\"@type\":\"Person\",\"name\":\"" + en + "\"")
                .contains("\"jobTitle\":\"Reporter\"");

        JsonObject staffView = api.as("reporter").get("api/briefings/" + id + "/entries/" + entry).json();
        assertThat(staffView.getString("author")).as("staff still see who did what").isEqualTo("reporter2");
        assertThat(staffView.getString("approvedBy")).isEqualTo("editor");
        assertThat(staffView.getJsonObject("byline").getString("name")).isEqualTo(en);
    }

    @Test
    void aPageInAnotherLanguageUsesThatLanguagesNameAndAnAuthorWithoutProfileIsTheNewsroom() {
        String uk = unique("Марія Тест");
        reporter2Profile(unique("Mariia Test"), uk);
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("підписи"), "uk", "Europe/Kyiv"));
        long entry = Newsroom.id(newsroom.post(briefing, "reporter2", "{\"body\": \"Тривога в Харкові.\"}"));
        assertThat(newsroom.transition(briefing, entry, "publish", "editor").status()).isEqualTo(200);
        assertThat(api.get("api/briefings/" + briefing + "/entries/" + entry).json().getJsonObject("byline")
                .getString("name")).isEqualTo(uk);

        // The admin of the demo users has no profile; whoever runs this, a login without one signs as the newsroom.
        String login = "admin";
        if (api.as(login).get("api/contributors/me").status() == 404) {
            long unsigned = Newsroom.id(newsroom.post(briefing, login, "{\"body\": \"Тривога скінчилася.\"}"));
            assertThat(newsroom.transition(briefing, unsigned, "publish", "editor").status()).isEqualTo(200);
            JsonObject byline = api.get("api/briefings/" + briefing + "/entries/" + unsigned).json()
                    .getJsonObject("byline");
            assertThat(byline.getString("name")).isEqualTo("Редакція");
            assertThat(byline.getBoolean("person")).isFalse();
        }
    }

    @Test
    void adminsMakeProfilesAndOnlyTheOwnerOrAnAdminEditsOne() {
        JsonObject profile = reporter2Profile(unique("Mariia Test"), unique("Марія Тест"));
        long id = Newsroom.id(profile);
        String path = "api/contributors/" + id;
        String body = "{\"displayName\": {\"en\": \"Someone Else\"}}";

        assertThat(api.get(path).status()).as("profiles are for staff").isEqualTo(401);
        assertThat(api.as("reporter").post("api/contributors", "{\"login\": \"x1\", \"displayName\": {\"en\": \"X\"}}")
                .status()).as("only admins make profiles").isEqualTo(403);
        assertThat(api.as("reporter").header("If-Match", "\"" + profile.getJsonNumber("version") + "\"").put(path, body)
                .status()).as("another reporter's profile").isEqualTo(403);
        assertThat(api.as("reporter2").put(path, body).status()).as("If-Match required").isEqualTo(428);
        assertThat(api.as("reporter2").header("If-Match", "\"999999\"").put(path, body).status()).isEqualTo(412);
        Api.Reply relogin = api.as("admin").header("If-Match", "\"" + profile.getJsonNumber("version") + "\"")
                .put(path, "{\"login\": \"editor\", \"displayName\": {\"en\": \"X\"}}");
        assertThat(relogin.status()).as("the login a profile signs for never changes").isEqualTo(400);

        Api.Reply duplicate = api.as("admin").post("api/contributors",
                "{\"login\": \"reporter2\", \"displayName\": {\"en\": \"Twin\"}}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().getJsonNumber("existingId").longValue()).isEqualTo(id);

        Api.Reply invalid = api.as("admin").post("api/contributors", """
                {"login": "bad login!", "displayName": {"not a tag": "X", "uk": ""}, "role": "a\\u0000b",
                 "profileUrl": "javascript:alert(1)"}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.body()).contains("\"login\"").contains("displayName.not a tag").contains("displayName.uk")
                .contains("\"role\"").contains("\"profileUrl\"");
        assertThat(api.as("admin").post("api/contributors", "{\"displayName\": {}}").status()).isEqualTo(400);
        assertThat(api.as("admin").post("api/contributors", "[]").status()).isEqualTo(400);

        Api.Reply stringer = api.as("admin").post("api/contributors",
                "{\"displayName\": {\"en\": \"" + unique("Wire Service") + "\"}, \"role\": \"Stringer\"}");
        assertThat(stringer.status()).as("a contributor without an account").isEqualTo(201);
        assertThat(api.as("reporter2").header("If-Match", stringer.header("ETag"))
                .send("DELETE", "api/contributors/" + Newsroom.id(stringer.json()), null, new byte[0]).status())
                .as("only admins delete").isEqualTo(403);
        assertThat(api.as("admin").header("If-Match", stringer.header("ETag"))
                .send("DELETE", "api/contributors/" + Newsroom.id(stringer.json()), null, new byte[0]).status()).isEqualTo(204);
        assertThat(api.as("admin").get("api/contributors/" + Newsroom.id(stringer.json())).status()).isEqualTo(404);
    }

    private long version(long briefing, long entry) {
        return api.as("admin").get("api/briefings/" + briefing + "/entries/" + entry).json().getJsonNumber("version")
                .longValue();
    }

    /** A byline profile without a login (a stringer, a wire service), made by the admin. */
    private long stringer(String en, String uk, String avatar) {
        String body = "{\"displayName\": {\"en\": \"" + en + "\", \"uk\": \"" + uk + "\"}, \"role\": \"Stringer\","
                + " \"profileUrl\": \"https://example.org/people/" + Math.abs(en.hashCode()) + "\""
                + (avatar == null ? "" : ", \"avatar\": \"" + avatar + "\"") + "}";
        Api.Reply made = api.as("admin").post("api/contributors", body);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return Newsroom.id(made.json());
    }

    @Test
    void severalContributorsADatelineAndAnAvatarShowInEveryPublicOutput() {
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("dateline"), "en", "Europe/Kyiv");
        long id = Newsroom.id(briefing);
        JsonObject picture = api.as("reporter").header("X-Requested-With", "test").send("POST",
                "api/media?briefing=" + id, "image/jpeg", org.livebrief.media.TestImages.plainJpeg(400, 400)).json();
        String avatar = picture.getJsonArray("renditions").getJsonObject(0).getString("url");
        String first = unique("Petra Stringer");
        String second = unique("Ivan Wire");
        long a = stringer(first, unique("Петра"), avatar);
        long b = stringer(second, unique("Іван"), null);
        String town = Newsroom.madeUpSurname().replace("цький", "івка");
        String townEn = unique("Testivka").replace(" ", "");
        Api.Reply place = api.as("editor").post("api/names",
                "{\"type\": \"place\", \"names\": {\"uk\": \"" + town + "\", \"en\": \"" + townEn + "\"}}");
        assertThat(place.status()).as(place.toString()).isEqualTo(201);
        long placeId = Newsroom.id(place.json());
        Api.Reply person = api.as("editor").post("api/names",
                "{\"type\": \"person\", \"names\": {\"uk\": \"Олег " + Newsroom.madeUpSurname() + "\"}}");
        assertThat(person.status()).as(person.toString()).isEqualTo(201);

        // Bad input: a profile that does not exist, one named twice, a dateline that is not a place, a foreign avatar.
        String path = "api/briefings/" + id + "/entries";
        for (String bad : List.of("\"contributors\": [" + a + ", 987654321]", "\"contributors\": [" + a + ", " + a + "]",
                "\"dateline\": " + Newsroom.id(person.json()), "\"dateline\": 987654321")) {
            Api.Reply refused = api.as("reporter").post(path, "{\"body\": \"Shelling.\", " + bad + "}");
            assertThat(refused.status()).as(bad + " → " + refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        Api.Reply foreignAvatar = api.as("admin").post("api/contributors",
                "{\"displayName\": {\"en\": \"X\"}, \"avatar\": \"https://tracker.example/x.jpg\"}");
        assertThat(foreignAvatar.status()).as(foreignAvatar.toString()).isEqualTo(400);
        assertThat(foreignAvatar.body()).contains("avatar");

        long entry = Newsroom.id(newsroom.post(id, "reporter", "{\"body\": \"<p>Shelling overnight.</p><p>Two hurt.</p>\","
                + " \"contributors\": [" + a + ", " + b + "], \"dateline\": " + placeId + "}"));
        assertThat(newsroom.transition(id, entry, "publish", "editor").status()).isEqualTo(200);

        JsonObject shown = api.get(path + "/" + entry).json();
        assertThat(shown.getJsonArray("bylines").stream().map(v -> v.asJsonObject().getString("name")))
                .containsExactly(first, second);
        assertThat(shown.getJsonObject("byline").getString("name")).isEqualTo(first);
        assertThat(shown.getString("datelineText")).isEqualTo(townEn.toUpperCase(java.util.Locale.ROOT) + " —");
        assertThat(shown.getJsonArray("bylines").getJsonObject(0).getString("avatar")).isEqualTo(avatar);

        String slug = briefing.getString("slug");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(api.get("briefings/" + slug).body());
        org.jsoup.nodes.Element article = page.getElementById("entry-" + entry);
        assertThat(article.selectFirst(".byline").text()).isEqualTo("By " + first + " and " + second);
        assertThat(article.select(".byline a.contributor").eachAttr("href")).hasSize(2);
        assertThat(article.selectFirst(".byline img.avatar").attr("src")).isEqualTo(avatar);
        assertThat(article.selectFirst(".body p").text()).as("the dateline opens the first paragraph")
                .isEqualTo(townEn.toUpperCase(java.util.Locale.ROOT) + " — Shelling overnight.");
        assertThat(org.livebrief.testing.MarkupRules.inPage(page.outerHtml())).as("the avatar is our own picture").isEmpty();
        String jsonLd = page.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"author\":[{\"@type\":\"Person\",\"name\":\"" + first + "\"")
                .contains("\"contentLocation\":{\"@type\":\"Place\",\"name\":\"" + townEn + "\"}");
        org.jsoup.nodes.Document atom = org.jsoup.Jsoup.parse(api.get("feeds/briefings/" + slug + ".atom").body(), "",
                org.jsoup.parser.Parser.xmlParser());
        assertThat(atom.select("entry > author > name").eachText()).containsExactly(first, second);
        assertThat(atom.selectFirst("entry > content").text()).contains(townEn.toUpperCase(java.util.Locale.ROOT) + " —");
        JsonObject ninjs = api.get("feeds/briefings/" + slug + ".ninjs").json().getJsonArray("associations").getJsonObject(0);
        assertThat(ninjs.getString("located")).isEqualTo(townEn);
        assertThat(ninjs.getString("by")).isEqualTo(first + ", " + second);

        // The same entry's bylines in a Ukrainian version of the page: Ukrainian names, joined the Ukrainian way.
        JsonObject ukBriefing = newsroom.briefing(Api.uniqueSlug("dateline-uk"), "uk", "Europe/Kyiv");
        long ukId = Newsroom.id(ukBriefing);
        long ukEntry = Newsroom.id(newsroom.post(ukId, "reporter", "{\"body\": \"Обстріл уночі.\","
                + " \"contributors\": [" + a + ", " + b + "], \"dateline\": " + placeId + "}"));
        assertThat(newsroom.transition(ukId, ukEntry, "publish", "editor").status()).isEqualTo(200);
        org.jsoup.nodes.Element ukArticle = org.jsoup.Jsoup.parse(api.get("briefings/" + ukBriefing.getString("slug")).body())
                .getElementById("entry-" + ukEntry);
        assertThat(ukArticle.selectFirst(".byline").text()).contains(" і ").doesNotContain(first);
        assertThat(ukArticle.selectFirst(".body p").text()).startsWith(town.toUpperCase(java.util.Locale.forLanguageTag("uk")) + " —");

        // A profile that signs entries cannot be deleted from under them; removing it from the entries first works.
        Api.Reply profile = api.as("admin").get("api/contributors/" + b);
        Api.Reply inUse = api.as("admin").header("If-Match", profile.header("ETag")).send("DELETE", "api/contributors/" + b, null, new byte[0]);
        assertThat(inUse.status()).as(inUse.toString()).isEqualTo(409);
        assertThat(inUse.body()).contains("contributor-in-use");
    }
}
