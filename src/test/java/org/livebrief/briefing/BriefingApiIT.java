package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/** The briefing and entry REST API on a real WildFly, over HTTP. */
class BriefingApiIT extends DeployedWar {

    JsonObject createBriefing(String slug) {
        Api.Reply created = api.as("editor").post("api/briefings", """
                {"slug": "%s", "language": "en", "title": "Russia's war in Ukraine", "summary": "Live updates",
                 "timeZone": "Europe/Kyiv"}""".formatted(slug));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    JsonObject post(long briefingId, String user, String json) {
        Api.Reply posted = api.as(user).post("api/briefings/" + briefingId + "/entries", json);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.json();
    }

    @Test
    void editorCreatesBriefingAndReadsItBack() {
        String slug = Api.uniqueSlug("istanbul-talks");
        JsonObject created = createBriefing(slug);

        Api.Reply read = api.get("api/briefings/" + created.getJsonNumber("id").longValue());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"" + created.getJsonNumber("version").longValue() + "\"");
        assertThat(read.json().getString("slug")).isEqualTo(slug);
        assertThat(read.json().getString("language")).isEqualTo("en");
        assertThat(read.json().getString("timeZone")).isEqualTo("Europe/Kyiv");
        assertThat(read.json().getString("status")).isEqualTo("live");
        assertThat(read.json().containsKey("createdBy")).as("login names are for staff only").isFalse();
        assertThat(api.as("reporter").get("api/briefings/" + created.getJsonNumber("id").longValue()).json()
                .getString("createdBy")).isEqualTo("editor");
        assertThat(read.json().getString("pageUrl")).isEqualTo("/livebrief/briefings/" + slug);
    }

    @Test
    void slugIsDerivedFromTitleInAnyScriptAndDuplicatesConflict() {
        String title = "Війна в Україні " + Api.uniqueSlug("x");
        Api.Reply created = api.as("editor").post("api/briefings",
                "{\"language\": \"uk\", \"title\": \"" + title + "\", \"timeZone\": \"Europe/Kyiv\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("slug")).startsWith("війна-в-україні-x-");

        Api.Reply again = api.as("editor").post("api/briefings",
                "{\"language\": \"uk\", \"title\": \"" + title + "\", \"timeZone\": \"Europe/Kyiv\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().getJsonNumber("existingId").longValue())
                .isEqualTo(created.json().getJsonNumber("id").longValue());
    }

    @Test
    void reporterPostsDraftThatOnlyStaffSeeUntilAnEditorPublishes() {
        long briefing = createBriefing(Api.uniqueSlug("drafts")).getJsonNumber("id").longValue();
        JsonObject draft = post(briefing, "reporter", "{\"body\": \"Sirens in <em>Kyiv</em>.\"}");
        long entry = draft.getJsonNumber("id").longValue();
        assertThat(draft.getString("state")).isEqualTo("draft");
        assertThat(draft.getString("author")).isEqualTo("reporter");
        assertThat(draft.getString("body")).isEqualTo("<p>Sirens in <em>Kyiv</em>.</p>");

        assertThat(api.get("api/briefings/" + briefing + "/entries/" + entry).status()).isEqualTo(404);
        assertThat(api.get("api/briefings/" + briefing + "/entries").json().getJsonArray("items")).isEmpty();
        assertThat(api.as("reporter2").get("api/briefings/" + briefing + "/entries").json().getJsonArray("items")).hasSize(1);

        assertThat(newsroom.transition(briefing, entry, "publish", "reporter").status()).isEqualTo(403);
        Api.Reply published = newsroom.transition(briefing, entry, "publish", "editor");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().getString("state")).isEqualTo("published");
        assertThat(published.json().getString("publishedAt")).isNotBlank();

        JsonObject after = api.get("api/briefings/" + briefing).json();
        assertThat(after.getJsonNumber("version").longValue()).as("publishing an entry does not stale the briefing")
                .isZero();
        assertThat(after.getString("updatedAt")).isNotEqualTo(api.as("editor").get("api/briefings/" + briefing).json()
                .getString("createdAt"));

        Api.Reply publicRead = api.get("api/briefings/" + briefing + "/entries/" + entry);
        assertThat(publicRead.status()).isEqualTo(200);
        assertThat(publicRead.json().getString("pageUrl")).endsWith("#entry-" + entry);

        Api.Reply again = newsroom.transition(briefing, entry, "publish", "editor");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("state")).isEqualTo("published");
    }

    @Test
    void listIsPinnedFirstThenNewestFirstWithCursorPaging() {
        long briefing = createBriefing(Api.uniqueSlug("paging")).getJsonNumber("id").longValue();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(newsroom.published(briefing, "{\"body\": \"Update " + i + "\", \"pinned\": " + (i == 2) + "}"));
        }
        Api.Reply first = api.get("api/briefings/" + briefing + "/entries?limit=2");
        assertThat(idsOf(first.json())).containsExactly(ids.get(1), ids.get(4));
        String next = first.json().getString("next");
        Api.Reply second = api.get(next.substring("/livebrief/".length()));
        assertThat(idsOf(second.json())).containsExactly(ids.get(3), ids.get(2));
        Api.Reply third = api.get(second.json().getString("next").substring("/livebrief/".length()));
        assertThat(idsOf(third.json())).containsExactly(ids.get(0));
        assertThat(third.json().containsKey("next")).as("no next page").isFalse();
    }

    private static List<Long> idsOf(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void editsNeedIfMatchAndStaleVersionsFail() {
        long briefing = createBriefing(Api.uniqueSlug("edits")).getJsonNumber("id").longValue();
        JsonObject entry = post(briefing, "reporter", "{\"body\": \"Shelling near Mykolayiv\"}");
        String path = "api/briefings/" + briefing + "/entries/" + entry.getJsonNumber("id").longValue();

        assertThat(api.as("reporter").put(path, "{\"body\": \"Shelling in Mykolayiv\"}").status()).isEqualTo(428);
        Api.Reply edited = api.as("reporter").header("If-Match", "\"0\"").put(path, "{\"body\": \"Shelling in Mykolayiv\"}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.header("ETag")).isEqualTo("\"1\"");
        assertThat(edited.json().getString("excerpt")).isEqualTo("Shelling in Mykolayiv");

        Api.Reply stale = api.as("reporter").header("If-Match", "\"0\"").put(path, "{\"body\": \"Again\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().getJsonNumber("currentVersion").longValue()).isEqualTo(1);

        assertThat(api.as("reporter2").header("If-Match", "\"1\"").put(path, "{\"body\": \"Not mine\"}").status())
                .isEqualTo(403);
    }

    @Test
    void entryIdFromAnotherBriefingIsNotFound() {
        long one = createBriefing(Api.uniqueSlug("one")).getJsonNumber("id").longValue();
        long two = createBriefing(Api.uniqueSlug("two")).getJsonNumber("id").longValue();
        long entry = post(one, "editor", "{\"body\": \"Belongs to one\"}").getJsonNumber("id").longValue();

        assertThat(api.as("editor").get("api/briefings/" + two + "/entries/" + entry).status()).isEqualTo(404);
        assertThat(api.as("admin").header("If-Match", "\"0\"")
                .post("api/briefings/" + two + "/entries/" + entry + "/publish", "{}").status()).isEqualTo(404);
        assertThat(api.as("editor").get("api/briefings/" + one + "/entries/" + entry).json().getString("state"))
                .isEqualTo("draft");
    }
}
