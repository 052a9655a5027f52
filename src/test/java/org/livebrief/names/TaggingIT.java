package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livebrief.feeds.FeedChecks.count;
import static org.livebrief.feeds.FeedChecks.xpath;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.feeds.FeedChecks;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.w3c.dom.Document;

/**
 * Tagging on a real WildFly: entries published in English, Ukrainian and Russian with different spellings
 * and grammatical cases are listed under one entity, with their offsets; corrections tag again, retractions
 * take entries out, a new entity finds older entries, and the entity's feeds carry it all.
 */
class TaggingIT extends DeployedWar {

    private static final String TAG = "tag:it.livebrief.test,2026:livebrief/entry/";

    /** A made-up man: his Ukrainian name, its Russian spelling, and an AP-style English surname. */
    record Person(String uk, String ru, String en) {

        static Person made() {
            String uk = "Олег " + NamesIT.surname();
            String ru = uk.replace("ць", "ц").replace('і', 'и');
            return new Person(uk, ru, NameCard.surname(HouseStyle.AP.spell(uk, "uk").orElseThrow()));
        }

        /** The surname's stem, before the adjective ending -ий / -ій. */
        String ukStem() {
            return NameCard.surname(uk).substring(0, NameCard.surname(uk).length() - 2);
        }

        String ruStem() {
            return NameCard.surname(ru).substring(0, NameCard.surname(ru).length() - 2);
        }
    }

    long register(String json) {
        Api.Reply created = api.as("editor").post("api/names", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    long briefing(String language) {
        return Newsroom.id(newsroom.briefing(Api.uniqueSlug("tagging-" + language), language, "Europe/Kyiv"));
    }

    List<JsonObject> listed(long entity, String query) {
        Api.Reply reply = api.get("api/names/" + entity + "/entries" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    List<Long> listedIds(long entity) {
        return listed(entity, "").stream().map(j -> j.getJsonNumber("entryId").longValue()).toList();
    }

    String excerpt(long briefing, long entry) {
        return api.get("api/briefings/" + briefing + "/entries/" + entry).json().getString("excerpt");
    }

    void correct(long briefing, long entry, String body) {
        String path = "api/briefings/" + briefing + "/entries/" + entry;
        long version = api.as("admin").get(path).json().getJsonNumber("version").longValue();
        Api.Reply reply = api.as("editor").header("If-Match", "\"" + version + "\"")
                .put(path, "{\"body\": \"" + body + "\", \"correctionNote\": \"The name was wrong.\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void entriesInEveryLanguageAndCaseAreListedWithOffsetsCorrectedAndRetracted() {
        Person man = Person.made();
        long id = register("{\"type\": \"person\", \"names\": {\"uk\": \"" + man.uk() + "\"}}");
        String wife = man.ukStem().substring(0, man.ukStem().length()) + "а";
        long en = newsroom.published(briefing("en"), "{\"body\": \"<p>Talks: " + man.en() + " arrived in Kyiv.</p>\"}");
        long ukBriefing = briefing("uk");
        String ukGenitive = "Олега " + man.ukStem() + "ого";
        long uk = newsroom.published(ukBriefing, "{\"body\": \"Заява " + ukGenitive + " у Києві.\"}");
        long ruBriefing = briefing("ru");
        String ruInstrumental = man.ruStem() + "им";
        long ru = newsroom.published(ruBriefing, "{\"body\": \"Встреча с " + ruInstrumental + " в Москве.\"}");
        long herEntry = newsroom.published(ukBriefing, "{\"body\": \"Олена " + wife + " приїхала.\"}");
        long draft = Newsroom.id(newsroom.post(ukBriefing, "reporter", "{\"body\": \"Чернетка про " + ukGenitive + ".\"}"));

        List<JsonObject> items = listed(id, "");
        assertThat(items).extracting(j -> j.getJsonNumber("entryId").longValue()).containsExactly(ru, uk, en)
                .doesNotContain(herEntry, draft);
        JsonObject ukItem = items.get(1);
        assertThat(ukItem.getJsonNumber("briefingId").longValue()).isEqualTo(ukBriefing);
        assertThat(ukItem.getString("language")).isEqualTo("uk");
        assertThat(ukItem.getString("briefingSlug")).startsWith("tagging-uk-");
        assertThat(Instant.parse(ukItem.getString("publishedAt"))).isBefore(Instant.parse(items.get(0).getString("publishedAt")));
        JsonObject mention = ukItem.getJsonArray("mentions").getJsonObject(0);
        String text = excerpt(ukBriefing, uk);
        assertThat(mention.getString("text")).isEqualTo(ukGenitive);
        assertThat(mention.getInt("start")).isEqualTo(text.indexOf(ukGenitive));
        assertThat(text.substring(mention.getInt("start"), mention.getInt("end"))).isEqualTo(ukGenitive);
        assertThat(items.get(0).getJsonArray("mentions").getJsonObject(0).getString("text")).isEqualTo(ruInstrumental);
        assertThat(items.get(2).getJsonArray("mentions").getJsonObject(0).getString("text")).isEqualTo(man.en());

        Api.Reply firstPage = api.get("api/names/" + id + "/entries?limit=2");
        assertThat(firstPage.json().getJsonArray("items")).hasSize(2);
        String next = firstPage.json().getString("next");
        assertThat(api.get(next.substring("/livebrief/".length())).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("entryId").longValue()).isEqualTo(en);

        correct(ukBriefing, uk, "Заява речника у Києві.");
        correct(ukBriefing, herEntry, "Олена " + wife + " і " + man.ukStem() + "ому подякували.");
        assertThat(listedIds(id)).containsExactlyInAnyOrder(ru, en, herEntry).doesNotContain(uk);
        String herText = excerpt(ukBriefing, herEntry);
        JsonObject herMention = listed(id, "").stream().filter(j -> j.getJsonNumber("entryId").longValue() == herEntry)
                .findFirst().orElseThrow().getJsonArray("mentions").getJsonObject(0);
        assertThat(herMention.getInt("start")).isEqualTo(herText.indexOf(man.ukStem() + "ому"));

        Api.Reply retracted = newsroom.transition(ruBriefing, ru, "retract", "editor", "{\"reason\": \"Wrong meeting.\"}");
        assertThat(retracted.status()).as(retracted.toString()).isEqualTo(200);
        assertThat(listedIds(id)).containsExactlyInAnyOrder(en, herEntry);

        Document feed = FeedChecks.atom(bytes(api.get("feeds/names/" + id + ".atom")));
        assertThat(count(feed, "/a:feed/a:entry")).isEqualTo(2);
        assertThat(count(feed, "/a:feed/a:entry[a:id='" + TAG + en + "']")).isOne();
        assertThat(count(feed, "/a:feed/a:entry[a:id='" + TAG + herEntry + "']")).isOne();
        assertThat(xpath(feed, "/a:feed/at:deleted-entry/@ref")).isEqualTo(TAG + ru);
        assertThat(xpath(feed, "/a:feed/a:title")).isEqualTo(api.get("api/names/" + id).json()
                .getJsonObject("preferred").getString("rferl"));
    }

    @Test
    void perNameFeedsFollowPublicationsWithConditionalGet() {
        Person man = Person.made();
        long id = register("{\"type\": \"person\", \"names\": {\"uk\": \"" + man.uk() + "\"}}");
        JsonObject read = api.get("api/names/" + id).json();
        String atom = read.getJsonObject("feeds").getString("atom");
        assertThat(atom).isEqualTo("/livebrief/feeds/names/" + id + ".atom");
        String path = atom.substring("/livebrief/".length());

        Api.Reply empty = api.get(path);
        assertThat(count(FeedChecks.atom(bytes(empty)), "/a:feed/a:entry")).isZero();
        long briefing = briefing("uk");
        long entry = newsroom.published(briefing, "{\"body\": \"Зустріч із " + man.ukStem() + "им.\"}");
        Api.Reply first = api.get(path);
        assertThat(first.header("ETag")).isNotEqualTo(empty.header("ETag"));
        assertThat(xpath(FeedChecks.atom(bytes(first)), "/a:feed/a:entry/a:id")).isEqualTo(TAG + entry);
        assertThat(api.header("If-None-Match", first.header("ETag")).get(path).status()).isEqualTo(304);
        assertThat(FeedChecks.jsonFeed(bytes(api.get(read.getJsonObject("feeds").getString("json")
                .substring("/livebrief/".length())))).path("items")).hasSize(1);
        FeedChecks.ninjs(bytes(api.get(read.getJsonObject("feeds").getString("ninjs").substring("/livebrief/".length()))));
        FeedChecks.ninjs3(bytes(api.get(read.getJsonObject("feeds").getString("ninjs3").substring("/livebrief/".length()))));
        assertThat(api.get("feeds/names/0" + id + ".atom").header("Location")).isEqualTo("/livebrief/feeds/names/" + id + ".atom");
        assertThat(api.get("feeds/names/99999999999.atom").status()).isEqualTo(404);
        assertThat(api.get("feeds/names/someone.rss").status()).isEqualTo(404);
    }

    @Test
    void aNewEntityFindsOlderEntries() throws InterruptedException {
        Person man = Person.made();
        long briefing = briefing("uk");
        long older = newsroom.published(briefing, "{\"body\": \"Учора " + man.ukStem() + "ого бачили в Одесі.\"}");
        long id = register("{\"type\": \"person\", \"names\": {\"uk\": \"" + man.uk() + "\"}}");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!listedIds(id).contains(older) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(listedIds(id)).as("tagged again after the registration committed").containsExactly(older);

        assertThat(api.as("editor").post("api/names/retag", "").status()).isEqualTo(403);
        Api.Reply retag = api.as("admin").post("api/names/retag", "");
        assertThat(retag.status()).as("a background job (issue #13, finding 7): %s", retag).isEqualTo(202);
        JsonObject job = api.awaitJob(retag);
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.getJsonNumber("total").longValue()).isPositive();
        assertThat(job.getJsonNumber("done").longValue()).as("every entry counted at the start was read")
                .isGreaterThanOrEqualTo(job.getJsonNumber("total").longValue());
        assertThat(job.getJsonObject("result").getInt("entries")).isPositive();
        assertThat(api.as("editor").get(retag.header("Location").replaceFirst("^.*?/livebrief/", "")).status())
                .as("jobs are the admin's").isEqualTo(403);
        assertThat(listedIds(id)).containsExactly(older);
    }

    @Test
    void aSurnameTwoPeopleShareIsSettledByWhatTheBriefingNamedBefore() {
        Person oleh = Person.made();
        String surname = NameCard.surname(oleh.uk());
        long olehId = register("{\"type\": \"person\", \"names\": {\"uk\": \"" + oleh.uk() + "\"}}");
        long petroId = register("{\"type\": \"person\", \"names\": {\"uk\": \"Петро " + surname + "\"}}");
        String q = "api/names/resolve?q=" + java.net.URLEncoder.encode(surname, StandardCharsets.UTF_8);
        assertThat(api.get(q).json().getBoolean("ambiguous")).as("the surname alone: %s", api.get(q)).isTrue();

        long about = briefing("uk");
        long full = newsroom.published(about, "{\"body\": \"" + oleh.uk() + " виступив у Києві.\"}");
        long later = newsroom.published(about, "{\"body\": \"" + surname + " додав, що світла немає.\"}");
        long elsewhere = newsroom.published(briefing("uk"), "{\"body\": \"" + surname + " додав, що світла немає.\"}");
        assertThat(listedIds(olehId)).as("named in full, then by surname in the same briefing").containsExactly(later, full);
        assertThat(listedIds(petroId)).isEmpty();
        assertThat(listedIds(olehId)).as("another briefing never named him: no guess").doesNotContain(elsewhere);

        JsonObject settled = api.get(q + "&briefing=" + about).json();
        assertThat(settled.getBoolean("ambiguous")).as(settled.toString()).isFalse();
        assertThat(settled.getJsonArray("matches").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(olehId);
        Api.Reply unknown = api.get(q + "&briefing=99999999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(q + "&briefing=abc").status()).isBetween(400, 404);
    }

    @Test
    void unknownEntitiesAndBadCursorsAreProblems() {
        Api.Reply unknown = api.get("api/names/99999999999/entries");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        Person man = Person.made();
        long id = register("{\"type\": \"person\", \"names\": {\"uk\": \"" + man.uk() + "\"}}");
        assertThat(api.get("api/names/" + id + "/entries?limit=0").status()).isEqualTo(400);
        Api.Reply cursor = api.get("api/names/" + id + "/entries?before=99999999999");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("api/names/" + id + "/entries?before=abc").status()).isBetween(400, 404);
    }

    private static byte[] bytes(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().getBytes(StandardCharsets.UTF_8);
    }
}
