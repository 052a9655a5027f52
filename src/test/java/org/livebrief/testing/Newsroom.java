package org.livebrief.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test fixtures through the public API: briefings and entries as the demo users make them. Every
 * helper checks its own response, so a failing step names itself.
 */
public final class Newsroom {

    /** A made-up Ukrainian surname, so every test has a name of its own whatever the database holds. */
    public static String madeUpSurname() {
        String consonants = "бвгдклмнпрстфхцчшжз";
        String vowels = "аоуеиі";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            s.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())));
            s.append(vowels.charAt(ThreadLocalRandom.current().nextInt(vowels.length())));
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + "цький";
    }

    private final Api api;

    public Newsroom(Api api) {
        this.api = api;
    }

    public JsonObject briefing(String slug, String language, String timeZone) {
        Api.Reply created = api.as("editor").post("api/briefings", """
                {"slug": "%s", "language": "%s", "title": "Talks <b>in</b> Istanbul", "summary": "Day 34",
                 "timeZone": "%s"}""".formatted(slug, language, timeZone));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    public long briefing(String prefix) {
        return id(briefing(Api.uniqueSlug(prefix), "en", "Europe/Kyiv"));
    }

    public JsonObject post(long briefing, String user, String json) {
        Api.Reply posted = api.as(user).post("api/briefings/" + briefing + "/entries", json);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.json();
    }

    /** Takes a transition with If-Match set to the entry's current version. */
    public Api.Reply transition(long briefing, long entry, String transition, String user, String json) {
        String path = "api/briefings/" + briefing + "/entries/" + entry;
        long version = api.as("admin").get(path).json().getJsonNumber("version").longValue();
        return api.as(user).header("If-Match", "\"" + version + "\"").post(path + "/" + transition, json);
    }

    /** Takes a transition with If-Match set to a version the caller already knows. */
    public Api.Reply transition(long briefing, long entry, long version, String transition, String user, String json) {
        return api.as(user).header("If-Match", "\"" + version + "\"")
                .post("api/briefings/" + briefing + "/entries/" + entry + "/" + transition, json);
    }

    public Api.Reply transition(long briefing, long entry, String transition, String user) {
        return transition(briefing, entry, transition, user, "{}");
    }

    /** Posted by an editor (who may set flags), published by the admin: four eyes. */
    public long published(long briefing, String json) {
        long entry = id(post(briefing, "editor", json));
        Api.Reply published = transition(briefing, entry, "publish", "admin");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return entry;
    }

    public static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
