package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/**
 * Translation links between entries (issue #18, item 5): a correction or retraction of a source flags its
 * translations for staff, and the translation's readers see nothing until its editor updates or confirms it.
 */
class TranslationLinksIT extends DeployedWar {

    /** A published source in English and its published translation in Ukrainian, in linked briefings. */
    private record Pair(long en, long uk, String ukSlug, long source, long translation) {
        String sourcePath() {
            return "api/briefings/" + en + "/entries/" + source;
        }

        String translationPath() {
            return "api/briefings/" + uk + "/entries/" + translation;
        }
    }

    private Pair pair() {
        JsonObject en = newsroom.briefing(Api.uniqueSlug("source-en"), "en", "Europe/Kyiv");
        JsonObject uk = newsroom.briefing(Api.uniqueSlug("source-uk"), "uk", "Europe/Kyiv");
        Api.Reply linked = api.as("editor").post("api/briefings/" + Newsroom.id(en) + "/translations",
                "{\"briefingId\": " + Newsroom.id(uk) + "}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        long source = newsroom.published(Newsroom.id(en), "{\"body\": \"Two people were killed in Kharkiv.\"}");
        long translation = newsroom.published(Newsroom.id(uk),
                "{\"body\": \"У Харкові загинули двоє людей.\", \"translationOf\": " + source + "}");
        return new Pair(Newsroom.id(en), Newsroom.id(uk), uk.getString("slug"), source, translation);
    }

    private JsonObject staff(String path) {
        Api.Reply read = api.as("editor").get(path);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    private long version(String path) {
        return staff(path).getJsonNumber("version").longValue();
    }

    private void correctSource(Pair p, String body, String note) {
        Api.Reply reply = api.as("editor").header("If-Match", "\"" + version(p.sourcePath()) + "\"")
                .put(p.sourcePath(), "{\"body\": \"" + body + "\", \"correctionNote\": \"" + note + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private Api.Reply confirm(Pair p, String user, String ifMatch) {
        Api api = this.api.as(user);
        return (ifMatch == null ? api : api.header("If-Match", ifMatch))
                .post(p.translationPath() + "/source-confirmed", "{}");
    }

    @Test
    void aCorrectedSourceFlagsItsTranslationForStaffOnly() {
        Pair p = pair();
        String page = "briefings/" + p.ukSlug();
        String feed = "feeds/briefings/" + p.ukSlug() + ".atom";
        Api.Reply pageBefore = api.get(page);
        Api.Reply feedBefore = api.get(feed);
        assertThat(pageBefore.status()).isEqualTo(200);
        assertThat(api.get(page).body()).as("the reader page is the same bytes on every read").isEqualTo(pageBefore.body());
        assertThat(staff(p.translationPath()).containsKey("sourceChanged")).isFalse();
        long translationVersion = version(p.translationPath());

        correctSource(p, "Three people were killed in Kharkiv.", "An earlier version gave two dead.");

        JsonObject flagged = staff(p.translationPath());
        JsonObject changed = flagged.getJsonObject("sourceChanged");
        assertThat(changed).as(flagged.toString()).isNotNull();
        assertThat(changed.getString("kind")).isEqualTo("corrected");
        assertThat(changed.getString("note")).isEqualTo("An earlier version gave two dead.");
        assertThat(changed.getJsonNumber("sourceId").longValue()).isEqualTo(p.source());
        assertThat(changed.getJsonNumber("sourceBriefingId").longValue()).isEqualTo(p.en());
        assertThat(changed.getString("sourceBody")).contains("Two people");
        assertThat(changed.getString("at")).isNotBlank();
        assertThat(flagged.getJsonNumber("version").longValue()).as("the translation itself is untouched")
                .isEqualTo(translationVersion);
        assertThat(api.as("editor").get("api/briefings/" + p.uk() + "/entries").body()).contains("\"sourceChanged\"");

        // Its readers see nothing: public JSON, the reader page and the Atom feed are as they were.
        assertThat(api.get(p.translationPath()).json().containsKey("sourceChanged")).isFalse();
        assertThat(api.get("api/briefings/" + p.uk() + "/entries").body()).doesNotContain("sourceChanged");
        assertThat(api.get(page).body()).isEqualTo(pageBefore.body());
        Api.Reply feedAfter = api.get(feed);
        assertThat(feedAfter.header("ETag")).isEqualTo(feedBefore.header("ETag"));
        assertThat(feedAfter.body()).isEqualTo(feedBefore.body());
        assertThat(api.header("If-None-Match", feedBefore.header("ETag")).get(feed).status()).isEqualTo(304);

        // A second correction keeps what the translation was synced to and moves the rest.
        correctSource(p, "Four people were killed in Kharkiv.", "Updated toll.");
        JsonObject again = staff(p.translationPath()).getJsonObject("sourceChanged");
        assertThat(again.getString("note")).isEqualTo("Updated toll.");
        assertThat(again.getJsonNumber("sourceVersion").longValue()).isEqualTo(changed.getJsonNumber("sourceVersion").longValue());
        assertThat(again.getString("sourceBody")).contains("Two people");
    }

    @Test
    void anEditorConfirmsTheTranslationUnchanged() {
        Pair p = pair();
        long version = version(p.translationPath());
        Api.Reply none = confirm(p, "editor", "\"" + version + "\"");
        assertThat(none.status()).as("no flag yet: " + none).isEqualTo(409);
        assertThat(none.header("Content-Type")).contains("problem+json");

        correctSource(p, "Three people were killed in Kharkiv.", "An earlier version gave two dead.");
        assertThat(confirm(p, "reporter", "\"" + version + "\"").status()).isEqualTo(403);
        assertThat(confirm(p, "editor", null).status()).isEqualTo(428);
        assertThat(confirm(p, "editor", "\"" + (version + 7) + "\"").status()).isEqualTo(412);
        assertThat(staff(p.translationPath()).containsKey("sourceChanged")).as("refusals clear nothing").isTrue();

        Api.Reply confirmed = confirm(p, "editor", "\"" + version + "\"");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().containsKey("sourceChanged")).isFalse();
        assertThat(staff(p.translationPath()).containsKey("sourceChanged")).isFalse();
        assertThat(confirm(p, "editor", "\"" + version + "\"").status()).isEqualTo(409);
    }

    @Test
    void aRevisionOfTheTranslationClearsTheFlag() {
        Pair p = pair();
        correctSource(p, "Three people were killed in Kharkiv.", "An earlier version gave two dead.");
        Api.Reply revised = api.as("editor").header("If-Match", "\"" + version(p.translationPath()) + "\"")
                .put(p.translationPath(), "{\"body\": \"У Харкові загинули троє людей.\","
                        + " \"correctionNote\": \"У попередній версії йшлося про двох загиблих.\"}");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().containsKey("sourceChanged")).isFalse();
        assertThat(staff(p.translationPath()).containsKey("sourceChanged")).isFalse();
        // Now its readers see the correction, in their language.
        assertThat(api.get("briefings/" + p.ukSlug()).body()).contains("троє людей");
    }

    @Test
    void aRetractedSourceFlagsItsTranslation() {
        Pair p = pair();
        Api.Reply retracted = newsroom.transition(p.en(), p.source(), "retract", "editor",
                "{\"reason\": \"The report could not be confirmed.\"}");
        assertThat(retracted.status()).as(retracted.toString()).isEqualTo(200);
        JsonObject changed = staff(p.translationPath()).getJsonObject("sourceChanged");
        assertThat(changed.getString("kind")).isEqualTo("retracted");
        assertThat(changed.getString("note")).isEqualTo("The report could not be confirmed.");
        assertThat(api.get(p.translationPath()).status()).as("the translation stays published").isEqualTo(200);
    }

    @Test
    void theSourceListsItsTranslations() {
        Pair p = pair();
        JsonObject source = api.get(p.sourcePath()).json();
        JsonObject link = source.getJsonArray("translations").getJsonObject(0);
        assertThat(link.getJsonNumber("id").longValue()).isEqualTo(p.translation());
        assertThat(link.getJsonNumber("briefingId").longValue()).isEqualTo(p.uk());
        assertThat(link.getString("language")).isEqualTo("uk");
        long draft = Newsroom.id(newsroom.post(p.uk(), "reporter",
                "{\"body\": \"Чернетка\", \"translationOf\": " + p.source() + "}"));
        assertThat(api.get(p.sourcePath()).json().getJsonArray("translations")).as("the public never sees drafts")
                .hasSize(1);
        assertThat(staff(p.sourcePath()).getJsonArray("translations").toString()).contains("\"id\":" + draft);
    }
}
