package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/** Search over HTTP on a real WildFly: cross-script names, the workflow's effect on the index, the API's checks. */
class SearchIT extends DeployedWar {

    /** A word no other test writes, so each test finds only its own entries wherever the database has been. */
    static String marker() {
        StringBuilder s = new StringBuilder("qz");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            s.append((char) ('a' + Character.digit(c, 16)));
        }
        return s.toString();
    }

    JsonObject search(String query) {
        Api.Reply reply = api.get("api/search?" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Searches until {@code done} holds (indexing runs after commit) or 20 s pass; returns the last answer. */
    JsonObject awaitSearch(String query, Predicate<JsonObject> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonObject result = search(query);
        while (!done.test(result) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            result = search(query);
        }
        return result;
    }

    static List<Long> entryIds(JsonObject result) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getJsonNumber("entryId").longValue()).toList();
    }

    static Predicate<JsonObject> hasExactly(Long... ids) {
        return result -> Set.copyOf(entryIds(result)).equals(Set.of(ids)) && entryIds(result).size() == ids.length;
    }

    long briefing(String language) {
        return Newsroom.id(newsroom.briefing(Api.uniqueSlug("search-" + language), language, "Europe/Kyiv"));
    }

    long publish(long briefing, String text) {
        return newsroom.published(briefing, "{\"body\": \"" + text + "\"}");
    }

    @Test
    void oneSpellingFindsTheNameInEveryScriptAndCase() {
        String m = marker();
        long en = briefing("en");
        long uk = briefing("uk");
        long ru = briefing("ru");
        long zelenskiy = publish(en, "<p>President Zelenskiy spoke in Kyiv. " + m + "</p>");
        long selenskyj = publish(en, "<p>Selenskyj, as German papers write it, met Scholz. " + m + "</p>");
        long ukNominative = publish(uk, "<p>Зеленський виступив у Раді. " + m + "</p>");
        long ukGenitive = publish(uk, "<p>Заява Зеленського щодо Києва. " + m + "</p>");
        long ruDative = publish(ru, "<p>Вопрос Зеленскому задали журналисты. " + m + "</p>");
        long zelenska = publish(uk, "<p>Олена Зеленська відвідала школу. " + m + "</p>");

        JsonObject result = awaitSearch(q("Zelensky " + m), hasExactly(zelenskiy, selenskyj, ukNominative, ukGenitive, ruDative));
        assertThat(entryIds(result)).containsExactlyInAnyOrder(zelenskiy, selenskyj, ukNominative, ukGenitive, ruDative)
                .doesNotContain(zelenska);
        assertThat(result.getJsonNumber("total").longValue()).isEqualTo(5);
        JsonObject genitive = result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(hit -> hit.getJsonNumber("entryId").longValue() == ukGenitive).findFirst().orElseThrow();
        assertThat(genitive.getJsonNumber("briefingId").longValue()).isEqualTo(uk);
        assertThat(genitive.getString("language")).isEqualTo("uk");
        assertThat(genitive.getString("briefingSlug")).startsWith("search-uk-");
        assertThat(genitive.getString("snippet")).contains("<mark>Зеленського</mark>");
        assertThat(genitive.getJsonNumber("score").doubleValue()).isPositive();

        assertThat(entryIds(search(q("Київ " + m)))).containsExactlyInAnyOrder(zelenskiy, ukGenitive);
        assertThat(entryIds(search(q("Zelensky " + m) + "&language=ru"))).containsExactly(ruDative);
        assertThat(entryIds(search(q("Zelensky " + m) + "&briefing=" + uk))).containsExactlyInAnyOrder(ukNominative, ukGenitive);
        String ukSlug = genitive.getString("briefingSlug");
        assertThat(entryIds(search(q("Zelensky " + m) + "&briefing=" + ukSlug))).containsExactlyInAnyOrder(ukNominative, ukGenitive);
        assertThat(entryIds(search(q("Zelensky " + m) + "&limit=2"))).hasSize(2);
        assertThat(search(q("Zelensky " + m) + "&limit=2").getJsonNumber("total").longValue()).isEqualTo(5);
    }

    /**
     * Search reads case forms with the reader tagging uses ({@code names.SlavicCases}), so a name typed in Latin finds
     * it in Cyrillic case forms that the reader before stop 28 did not reach: Russian adjectival place names in the
     * locative (в Заречном, в Видном), a name of three letters (в Уфе) and a Belarusian locative with its changed
     * consonant (ў Брэсце).
     */
    @Test
    void latinQueriesFindCyrillicCaseFormsAsTaggingReadsThem() {
        String m = marker();
        long ru = briefing("ru");
        long be = briefing("be");
        long zarechny = publish(ru, "<p>Обстрел в Заречном ночью. " + m + "</p>");
        long vidnoye = publish(ru, "<p>Пожар в Видном. " + m + "</p>");
        long ufa = publish(ru, "<p>Митинг в Уфе. " + m + "</p>");
        long brest = publish(be, "<p>Затрымалі ў Брэсце. " + m + "</p>");

        awaitSearch(q(m), hasExactly(zarechny, vidnoye, ufa, brest));
        assertThat(entryIds(search(q("Zarechny " + m)))).containsExactly(zarechny);
        assertThat(entryIds(search(q("Vidnoye " + m)))).containsExactly(vidnoye);
        assertThat(entryIds(search(q("Ufa " + m)))).containsExactly(ufa);
        assertThat(entryIds(search(q("Brest " + m)))).containsExactly(brest);
    }

    @Test
    void ordinaryWordsAreFoundStemmedAndSnippetsAreEscaped() {
        String m = marker();
        long en = briefing("en");
        long uk = briefing("uk");
        long drones = publish(en, "<p>Drones attacked &lt;b&gt;power&lt;/b&gt; stations overnight. " + m + "</p>");
        long shelling = publish(uk, "<p>Унаслідок обстрілів пошкоджено школу. " + m + "</p>");

        JsonObject attack = awaitSearch(q("attack " + m), hasExactly(drones));
        String snippet = attack.getJsonArray("hits").getJsonObject(0).getString("snippet");
        assertThat(snippet).contains("<mark>attacked</mark>").contains("&lt;b&gt;power&lt;/b&gt;").doesNotContain("<b>");
        assertThat(entryIds(awaitSearch(q("обстріли " + m), hasExactly(shelling)))).containsExactly(shelling);
    }

    @Test
    void draftsNeverAppearRetractionRemovesAndCorrectionReindexes() {
        String m = marker();
        long en = briefing("en");
        long draft = Newsroom.id(newsroom.post(en, "reporter", "{\"body\": \"<p>Draft about Kherson. " + m + "</p>\"}"));
        long kept = publish(en, "<p>Published about Kherson. " + m + "</p>");
        long retracted = publish(en, "<p>A wrong report about Kherson. " + m + "</p>");

        assertThat(entryIds(awaitSearch(q("Kherson " + m), hasExactly(kept, retracted)))).doesNotContain(draft);

        Api.Reply retract = newsroom.transition(en, retracted, "retract", "editor", "{\"reason\": \"Unverified\"}");
        assertThat(retract.status()).as(retract.toString()).isEqualTo(200);
        assertThat(entryIds(awaitSearch(q("Kherson " + m), hasExactly(kept)))).containsExactly(kept);

        String path = "api/briefings/" + en + "/entries/" + kept;
        long version = api.as("admin").get(path).json().getJsonNumber("version").longValue();
        Api.Reply corrected = api.as("editor").header("If-Match", "\"" + version + "\"").put(path,
                "{\"body\": \"<p>Published about Mykolaiv, not Kherson as first said. " + m + "</p>\", "
                        + "\"correctionNote\": \"The city was wrong.\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(entryIds(awaitSearch(q("Mykolaiv " + m), hasExactly(kept)))).containsExactly(kept);
    }

    /**
     * Indexing follows commits: two editors correct the same version at once, one of them loses (412, by the
     * If-Match check or by JPA's optimistic lock at commit, whichever the timing gives), and only the
     * winner's text is ever searchable.
     */
    @Test
    void onlyCommittedChangesReachTheIndex() throws Exception {
        String m = marker();
        long en = briefing("en");
        long entry = publish(en, "<p>First version. " + m + "</p>");
        awaitSearch(q(m), hasExactly(entry));
        String path = "api/briefings/" + en + "/entries/" + entry;
        long version = api.as("admin").get(path).json().getJsonNumber("version").longValue();
        List<String> cities = List.of("Chernihiv", "Zhytomyr");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (String city : cities) {
                replies.add(pool.submit(() -> api.as("editor").header("If-Match", "\"" + version + "\"").put(path,
                        "{\"body\": \"<p>Now about " + city + ". " + m + "</p>\", \"correctionNote\": \"City added.\"}")));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var reply : replies) {
                statuses.add(reply.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            String winner = cities.get(statuses.indexOf(200));
            String loser = cities.get(statuses.indexOf(412));
            assertThat(entryIds(awaitSearch(q(winner + " " + m), hasExactly(entry)))).containsExactly(entry);
            assertThat(entryIds(search(q(loser + " " + m)))).isEmpty();
            assertThat(entryIds(search(q("First " + m)))).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void entriesOfABriefingThatIsNoLongerPublicDisappear() {
        String m = marker();
        long en = briefing("en");
        long entry = publish(en, "<p>Talks in Istanbul. " + m + "</p>");
        assertThat(entryIds(awaitSearch(q(m), hasExactly(entry)))).containsExactly(entry);

        for (String action : List.of("close", "archive")) {
            long version = api.as("editor").get("api/briefings/" + en).json().getJsonNumber("version").longValue();
            Api.Reply reply = api.as("editor").header("If-Match", "\"" + version + "\"").post("api/briefings/" + en + "/" + action, "{}");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
        JsonObject result = awaitSearch(q(m), hasExactly());
        assertThat(entryIds(result)).isEmpty();
        assertThat(result.getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void badParametersAreProblems() {
        for (String query : List.of("", "q=", "q=%20%20", q("x".repeat(201)), q("Kyiv") + "&limit=0", q("Kyiv") + "&limit=101",
                q("Kyiv") + "&limit=ten", q("Kyiv") + "&language=not_a_tag!")) {
            Api.Reply reply = api.get("api/search?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContain("Exception");
        }
        Api.Reply unknownBriefing = api.get("api/search?" + q("Kyiv") + "&briefing=no-such-briefing-" + marker());
        assertThat(unknownBriefing.status()).isEqualTo(200);
        assertThat(unknownBriefing.json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void adminsRebuildTheIndexFromTheDatabaseOthersMayNot() {
        String m = marker();
        long en = briefing("en");
        long entry = publish(en, "<p>Rebuilt index still finds Odesa. " + m + "</p>");
        awaitSearch(q("Odesa " + m), hasExactly(entry));

        assertThat(api.as("reporter").post("api/search/reindex", "{}").status()).isEqualTo(403);
        assertThat(api.as("editor").post("api/search/reindex", "{}").status()).isEqualTo(403);
        assertThat(api.post("api/search/reindex", "{}").status()).isEqualTo(401);

        Api.Reply rebuilt = api.as("admin").post("api/search/reindex", "{}");
        assertThat(rebuilt.status()).as("a background job (issue #13, finding 7): %s", rebuilt).isEqualTo(202);
        jakarta.json.JsonObject job = api.awaitJob(rebuilt);
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.getJsonObject("result").getJsonNumber("indexed").longValue()).isPositive();
        assertThat(job.getJsonNumber("done").longValue()).isPositive();
        assertThat(entryIds(search(q("Одесі " + m)))).containsExactly(entry);
    }
}
