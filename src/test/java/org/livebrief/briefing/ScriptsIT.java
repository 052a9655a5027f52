package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/**
 * Issue #18, item 4's must-show: a Serbian briefing written in Cyrillic reads in Latin after the switch, on the page and
 * in its Atom feed, with the authority's registered Latin forms of names (here deliberately not what the transform
 * writes, so only the authority can have put them there) and the profile's own Latin byline; search finds its words
 * in either script; any other script is a 400 problem.
 */
class ScriptsIT extends DeployedWar {

    private static final String LETTERS = "бвгдклмнпрстз";

    /** A made-up surname in Cyrillic: unique per run, so the authority and search hold only this test's. */
    private static String surname() {
        StringBuilder s = new StringBuilder("Бур");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length()))).append(i % 2 == 0 ? "а" : "о");
        }
        return s.append("вић").toString();
    }

    private record Story(long id, String slug, String surname, String registered, long entry) {
    }

    private Story serbian() {
        String surname = surname();
        String cyrillicName = "Милан " + surname;
        String registered = "Milan Gjur" + Transcriptions.latin(surname.substring(3, surname.length() - 3)) + "vich";
        Api.Reply name = api.as("editor").post("api/names", Json.createObjectBuilder().add("type", "person")
                .add("names", Json.createObjectBuilder().add("sr", cyrillicName).add("sr-Latn", registered)).build().toString());
        assertThat(name.status()).as(name.toString()).isEqualTo(201);
        Api.Reply profile = api.as("admin").post("api/contributors", Json.createObjectBuilder()
                .add("displayName", Json.createObjectBuilder().add("sr", "Јелена Ђуровић").add("sr-Latn", "Jelena Djurovic"))
                .add("role", "Дописник").build().toString());
        assertThat(profile.status()).as(profile.toString()).isEqualTo(201);
        String slug = Api.uniqueSlug("pregovori");
        Api.Reply created = api.as("editor").post("api/briefings", Json.createObjectBuilder().add("slug", slug)
                .add("language", "sr").add("title", "Преговори у Београду").add("summary", "Уживо из Ниша")
                .add("timeZone", "Europe/Belgrade").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = Newsroom.id(created.json());
        String body = "<p>Министар " + cyrillicName + " састао се у <a href=\"https://example.org/Београд\">Београду</a>"
                + " са ЊЕГОШЕМ и Џоном.</p>";
        long entry = newsroom.published(id, Json.createObjectBuilder().add("body", body).add("headline", "Састанак у Љубљани")
                .add("contributors", Json.createArrayBuilder().add(Newsroom.id(profile.json()))).build().toString());
        // The authority's snapshot is re-read at most once a second (as for datelines): wait until the page has the name.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline) && !api.get("briefings/" + slug + "?script=Latn").body().contains(registered)) {
            Thread.onSpinWait();
        }
        return new Story(id, slug, surname, registered, entry);
    }

    @Test
    void aCyrillicSerbianPageReadsInLatinWithTheAuthoritysNames() {
        Story story = serbian();
        Api.Reply original = api.get("briefings/" + story.slug());
        assertThat(original.status()).isEqualTo(200);
        assertThat(unescaped(original)).contains("<html lang=\"sr\"", "Преговори у Београду", "Милан " + story.surname())
                .containsPattern("<link rel=\"alternate\" hreflang=\"sr-Latn\" href=\"http[^\"]*/briefings/" + story.slug()
                        + "\\?script=Latn\">")
                .contains("<span aria-current=\"page\" lang=\"sr-Cyrl\">Ћирилица</span>", ">Latinica</a>");

        Api.Reply latin = api.get("briefings/" + story.slug() + "?script=Latn");
        assertThat(latin.status()).as(latin.toString()).isEqualTo(200);
        assertThat(latin.header("Content-Language")).isEqualTo("sr-Latn");
        // The page's JSON-LD describes the canonical page, as written; everything a reader sees is in Latin.
        String seen = unescaped(latin).replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        assertThat(seen)
                .contains("<html lang=\"sr-Latn\"", "<h1>Pregovori u Beogradu</h1>", "Uživo iz Niša", "Sastanak u Ljubljani")
                .contains("Ministar " + story.registered() + " sastao se u <a ", "https://example.org/Београд", ">Beogradu</a>")
                .contains("sa NJEGOŠEM i Džonom.", "Jelena Djurovic")
                .contains("<span aria-current=\"page\" lang=\"sr-Latn\">Latinica</span>", "hreflang=\"sr-Cyrl\"")
                .contains("<link rel=\"canonical\" href=\"")
                .doesNotContain("Милан", "Београду</a>", "Јелена", "Ђуровић")
                .doesNotContain("Milan Bur");
        // The canonical address is the page as written.
        assertThat(seen).containsPattern("<link rel=\"canonical\" href=\"[^\"?]*/briefings/" + story.slug() + "\">");
        // The chrome is the Latin bundle's, and the live script is not on it (it would add Cyrillic entries).
        // Only the switch's link back is Cyrillic: each script is named in itself.
        assertThat(seen).contains("lang=\"sr-Cyrl\">Ћирилица</a>").doesNotContain("/live/reader.js");
        assertThat(seen.replaceAll("<p class=\"scripts\">.*?</p>", ""))
                .doesNotContainPattern("\\p{IsCyrillic}{4,}</(p|h1|h2|a|span|li|time|title)>");
    }

    /** Mustache writes = in attributes as &#61;, which a browser reads as =. */
    private static String unescaped(Api.Reply reply) {
        return reply.body().replace("&#61;", "=");
    }

    @Test
    void theAtomFeedReadsInLatinCachedOnItsOwnWithConditionalGet() {
        Story story = serbian();
        String feed = "feeds/briefings/" + story.slug() + ".atom";
        Api.Reply cyrillic = api.get(feed);
        assertThat(cyrillic.status()).isEqualTo(200);
        assertThat(cyrillic.body()).contains("xml:lang=\"sr\"", "Преговори у Београду");
        for (int i = 0; i < 2; i++) {  // the second read is the cached one
            Api.Reply latin = api.get(feed + "?script=Latn");
            assertThat(latin.status()).as(latin.toString()).isEqualTo(200);
            assertThat(latin.body()).contains("xml:lang=\"sr-Latn\"", "<title type=\"text\">Pregovori u Beogradu</title>",
                    story.registered(), "Jelena Djurovic", "Beogradu", "NJEGOŠEM", "Džonom")
                    .contains(story.slug() + ".atom?script=Latn\"")
                    .doesNotContain("Милан", "Преговори", "Јелена");
            assertThat(latin.header("ETag")).isNotEqualTo(cyrillic.header("ETag"));
            Api.Reply again = api.header("If-None-Match", latin.header("ETag")).get(feed + "?script=Latn");
            assertThat(again.status()).isEqualTo(304);
        }
        // The feed as written is still the Cyrillic one, from the cache too.
        assertThat(api.get(feed).body()).contains("Преговори у Београду").doesNotContain("Pregovori");
        Api.Reply stale = api.header("If-None-Match", cyrillic.header("ETag")).get(feed + "?script=Latn");
        assertThat(stale.status()).isEqualTo(200);
    }

    @Test
    void searchFindsTheEntryInEitherScript() {
        Story story = serbian();
        String latinSurname = Transcriptions.latin(story.surname());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        long cyrillic = 0;
        long latin = 0;
        while (Instant.now().isBefore(deadline) && (cyrillic == 0 || latin == 0)) {
            cyrillic = hits(story.surname(), story.entry());
            latin = hits(latinSurname, story.entry());
            Thread.onSpinWait();
        }
        assertThat(cyrillic).as("Cyrillic query").isEqualTo(1);
        assertThat(latin).as("Latin query " + latinSurname).isEqualTo(1);
    }

    private long hits(String query, long entry) {
        Api.Reply reply = api.get("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&limit=50");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("hits").stream().map(JsonObject.class::cast)
                .filter(h -> h.getJsonNumber("entryId").longValue() == entry).count();
    }

    @Test
    void otherScriptsAreA400Problem() {
        Story story = serbian();
        for (String bad : new String[] {"Grek", "Xyzw", "L", "1234"}) {
            for (String path : new String[] {"briefings/" + story.slug(), "feeds/briefings/" + story.slug() + ".atom"}) {
                Api.Reply reply = api.get(path + "?script=" + bad);
                assertThat(reply.status()).as(path + " " + bad).isEqualTo(400);
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                assertThat(reply.json().getInt("status")).isEqualTo(400);
            }
        }
        JsonObject english = newsroom.briefing(Api.uniqueSlug("one-script"), "en", "Europe/London");
        Api.Reply onEnglish = api.get("briefings/" + english.getString("slug") + "?script=Latn");
        assertThat(onEnglish.status()).isEqualTo(400);
        assertThat(api.get("feeds/languages/sr.atom?script=Latn").status()).isEqualTo(400);
        // Its own script is the page as written.
        assertThat(unescaped(api.get("briefings/" + story.slug() + "?script=Cyrl"))).contains("<html lang=\"sr\"");
    }
}
