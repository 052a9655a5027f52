package org.livebrief.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/** The editorial workflow end to end through the public API: corrections, retractions, embargoes, history. */
class WorkflowIT extends DeployedWar {

    private static String path(long briefing, long entry) {
        return "api/briefings/" + briefing + "/entries/" + entry;
    }

    private JsonObject read(long briefing, long entry) {
        return api.as("admin").get(path(briefing, entry)).json();
    }

    private int revisionCount(long briefing, long entry) {
        Api.Reply revisions = api.as("editor").get(path(briefing, entry) + "/revisions");
        assertThat(revisions.status()).as(revisions.toString()).isEqualTo(200);
        return revisions.jsonArray().size();
    }

    @Test
    void tenConcurrentPutsWithOneIfMatchMakeExactlyOneChange() throws Exception {
        long briefing = newsroom.briefing("race");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Original\"}"));
        int revisionsBefore = revisionCount(briefing, entry);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> puts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String body = "{\"body\": \"Edit number " + i + "\"}";
            puts.add(() -> api.as("editor").header("If-Match", "\"0\"").put(path(briefing, entry), body).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(puts)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).allSatisfy(s -> assertThat(s).isEqualTo(412));
        assertThat(read(briefing, entry).getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(revisionCount(briefing, entry)).isEqualTo(revisionsBefore + 1);
    }

    @Test
    void correctionsNeedANoteKeepIdAndPublishedTimeAndShowOnThePage() {
        JsonObject created = newsroom.briefing(Api.uniqueSlug("corrections"), "en", "Europe/Kyiv");
        long briefing = Newsroom.id(created);
        long entry = newsroom.published(briefing, "{\"body\": \"Three people were killed in Mykolayiv.\"}");
        JsonObject before = read(briefing, entry);
        int revisions = revisionCount(briefing, entry);

        Api.Reply withoutNote = api.as("editor").header("If-Match", "\"" + before.getInt("version") + "\"")
                .put(path(briefing, entry), "{\"body\": \"At least three people were killed in Mykolayiv.\"}");
        assertThat(withoutNote.status()).isEqualTo(400);
        assertThat(withoutNote.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("correctionNote");

        Api.Reply corrected = api.as("editor").header("If-Match", "\"" + before.getInt("version") + "\"")
                .put(path(briefing, entry), """
                        {"body": "At least three people were killed in Mykolayiv.",
                         "correctionNote": "An earlier version gave a final death toll."}""");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        JsonObject after = corrected.json();
        assertThat(after.getJsonNumber("id").longValue()).isEqualTo(entry);
        assertThat(after.getString("publishedAt")).isEqualTo(before.getString("publishedAt"));
        assertThat(Instant.parse(after.getString("updatedAt"))).isAfter(Instant.parse(before.getString("updatedAt")));
        assertThat(after.getJsonArray("corrections").getJsonObject(0).getString("note"))
                .isEqualTo("An earlier version gave a final death toll.");
        assertThat(revisionCount(briefing, entry)).isEqualTo(revisions + 1);

        Api.Reply minor = api.as("editor").header("If-Match", "\"" + after.getInt("version") + "\"")
                .put(path(briefing, entry), "{\"body\": \"At least three people were killed in Mykolayiv .\", \"minor\": true}");
        assertThat(minor.status()).as(minor.toString()).isEqualTo(200);
        assertThat(minor.json().getJsonArray("corrections")).hasSize(1);
        assertThat(revisionCount(briefing, entry)).isEqualTo(revisions + 2);

        // Issue #13, finding 2: "minor" cannot hide a change of words from readers and from the four-eyes rule.
        Api.Reply rewrite = api.as("editor").header("If-Match", "\"" + minor.json().getInt("version") + "\"")
                .put(path(briefing, entry), "{\"body\": \"At least thirty people were killed in Mykolayiv.\", \"minor\": true}");
        assertThat(rewrite.status()).as(rewrite.toString()).isEqualTo(400);
        assertThat(rewrite.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("minor");
        assertThat(api.get(path(briefing, entry)).json().getString("body")).contains("three people");
        assertThat(revisionCount(briefing, entry)).isEqualTo(revisions + 2);
        // Nor a change of a mark that carries meaning: a question that becomes a statement (found by an attacker).
        Api.Reply question = api.as("editor").header("If-Match", "\"" + minor.json().getInt("version") + "\"")
                .put(path(briefing, entry), "{\"body\": \"At least three people were killed in Mykolayiv?\", \"minor\": true}");
        assertThat(question.status()).as(question.toString()).isEqualTo(400);
        assertThat(question.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("minor");

        Document page = Jsoup.parse(api.get("briefings/" + created.getString("slug")).body());
        assertThat(page.select("#entry-" + entry + " .correction").text())
                .startsWith("Correction").endsWith(": An earlier version gave a final death toll.");
    }

    @Test
    void retractedEntriesLeaveThePageButNotTheHistory() {
        JsonObject created = newsroom.briefing(Api.uniqueSlug("retract"), "en", "UTC");
        long briefing = Newsroom.id(created);
        long entry = newsroom.published(briefing, "{\"body\": \"An unverified claim about Enerhodar.\"}");
        assertThat(Jsoup.parse(api.get("briefings/" + created.getString("slug")).body()).select("#entry-" + entry)).hasSize(1);

        assertThat(newsroom.transition(briefing, entry, "retract", "editor", "{}").status()).isEqualTo(400);
        Api.Reply retracted = newsroom.transition(briefing, entry, "retract", "editor", "{\"reason\": \"Claim not verified\"}");
        assertThat(retracted.status()).as(retracted.toString()).isEqualTo(200);
        assertThat(retracted.json().getString("state")).isEqualTo("retracted");

        // The page keeps a notice in its place (livebrief.reader.retractions=notice, the default), never the text.
        var left = Jsoup.parse(api.get("briefings/" + created.getString("slug")).body()).select("#entry-" + entry);
        assertThat(left).hasSize(1);
        assertThat(left.hasClass("withdrawn")).isTrue();
        assertThat(left.text()).contains("Claim not verified").doesNotContain("Enerhodar");
        Api.Reply gone = api.get(path(briefing, entry));
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().getString("detail")).contains("Claim not verified");
        assertThat(api.get("api/briefings/" + briefing + "/entries").json().getJsonArray("items")).isEmpty();
        assertThat(read(briefing, entry).getString("retractionReason")).isEqualTo("Claim not verified");
        assertThat(api.as("editor").header("If-Match", "*").put(path(briefing, entry),
                "{\"body\": \"Revived\", \"correctionNote\": \"x\"}").status()).isEqualTo(409);
    }

    @Test
    void rejectionSendsANoteBackAndEditingAnApprovedEntryNeedsApprovalAgain() {
        long briefing = newsroom.briefing("reject");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Shoigu reappeared on TV\"}"));
        assertThat(newsroom.transition(briefing, entry, "submit", "reporter").status()).isEqualTo(200);
        assertThat(newsroom.transition(briefing, entry, "reject", "editor", "{}").status()).isEqualTo(400);
        Api.Reply rejected = newsroom.transition(briefing, entry, "reject", "editor", "{\"note\": \"Which channel?\"}");
        assertThat(rejected.json().getString("state")).isEqualTo("draft");
        List<JsonObject> history = api.as("reporter").get(path(briefing, entry) + "/revisions").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(history.get(history.size() - 1).getString("note")).isEqualTo("Which channel?");
        assertThat(history.get(history.size() - 1).getString("by")).isEqualTo("editor");

        assertThat(newsroom.transition(briefing, entry, "submit", "reporter").status()).isEqualTo(200);
        assertThat(newsroom.transition(briefing, entry, "approve", "editor").json().getString("state")).isEqualTo("approved");
        Api.Reply edited = api.as("reporter").header("If-Match", "\"" + read(briefing, entry).getInt("version") + "\"")
                .put(path(briefing, entry), "{\"body\": \"Shoigu reappeared on state TV\"}");
        assertThat(edited.json().getString("state")).isEqualTo("submitted");
        assertThat(edited.json().containsKey("approvedBy")).isFalse();
    }

    @Test
    void scheduledEntryPublishesAtItsTimeOnce() {
        long briefing = newsroom.briefing("embargo");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Embargoed statement\"}"));
        Instant at = Instant.now().plusSeconds(2);
        Api.Reply scheduled = newsroom.transition(briefing, entry, "schedule", "editor", "{\"publishAt\": \"" + at + "\"}");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        assertThat(scheduled.json().getString("state")).isEqualTo("scheduled");
        assertThat(api.get(path(briefing, entry)).status()).isEqualTo(404);

        JsonObject published = pollUntilPublished(briefing, entry, Duration.ofSeconds(30));
        assertThat(Instant.parse(published.getString("publishedAt"))).isAfterOrEqualTo(at.minusMillis(1));
        List<JsonObject> history = api.as("editor").get(path(briefing, entry) + "/revisions").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(history).filteredOn(r -> r.getString("state").equals("published")).hasSize(1);
        assertThat(history.get(history.size() - 1).getString("by")).isEqualTo("system");
        assertThat(newsroom.transition(briefing, entry, "schedule", "editor",
                "{\"publishAt\": \"2020-01-01T00:00:00Z\"}").status()).isEqualTo(409);
    }

    private JsonObject pollUntilPublished(long briefing, long entry, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = api.get(path(briefing, entry));
            if (reply.status() == 200) {
                return reply.json();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("entry " + entry + " was not published within " + timeout);
    }

    @Test
    void transitionsNeedNoBodyAndRefuseMalformedOnes() {
        long briefing = newsroom.briefing("bodiless");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Sent with curl -X POST\"}"));
        Api.Reply bad = api.as("reporter").header("If-Match", "\"0\"").post(path(briefing, entry) + "/submit", "{\"note\":");
        assertThat(bad.status()).isEqualTo(400);
        Api.Reply bare = api.as("reporter").header("If-Match", "\"0\"")
                .send("POST", path(briefing, entry) + "/submit", null, new byte[0]);
        assertThat(bare.status()).as(bare.toString()).isEqualTo(200);
        assertThat(bare.json().getString("state")).isEqualTo("submitted");
    }

    @Test
    void idempotencyKeyReplaysTheOriginalAndRefusesAnotherBody() {
        long briefing = newsroom.briefing("idem");
        Api keyed = api.as("reporter").header("Idempotency-Key", "post-" + briefing);
        Api.Reply first = keyed.post("api/briefings/" + briefing + "/entries", "{\"body\": \"Once only\"}");
        Api.Reply again = keyed.post("api/briefings/" + briefing + "/entries", "{\"body\": \"Once only\"}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().getInt("id")).isEqualTo(first.json().getInt("id"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        Api.Reply other = keyed.post("api/briefings/" + briefing + "/entries", "{\"body\": \"Something else\"}");
        assertThat(other.status()).isEqualTo(422);
        assertThat(api.as("editor").get("api/briefings/" + briefing + "/entries").json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void briefingLifecycleFromDraftToArchive() {
        String slug = Api.uniqueSlug("lifecycle");
        Api.Reply created = api.as("editor").post("api/briefings",
                "{\"slug\": \"" + slug + "\", \"language\": \"en\", \"title\": \"Prepared\", \"status\": \"draft\"}");
        long id = Newsroom.id(created.json());
        assertThat(api.get("api/briefings/" + id).status()).isEqualTo(404);
        assertThat(api.get("briefings/" + slug).status()).isEqualTo(404);

        assertThat(act(id, "go-live").json().getString("status")).isEqualTo("live");
        assertThat(api.get("briefings/" + slug).status()).isEqualTo(200);
        assertThat(act(id, "close").json().getString("status")).isEqualTo("closed");
        assertThat(Jsoup.parse(api.get("briefings/" + slug).body()).select(".ended").text()).contains("ended");
        assertThat(api.as("reporter").post("api/briefings/" + id + "/entries", "{\"body\": \"Late\"}").status()).isEqualTo(409);
        assertThat(act(id, "go-live").status()).isEqualTo(409);
        assertThat(act(id, "reopen").json().getString("status")).isEqualTo("live");
        assertThat(act(id, "close").status()).isEqualTo(200);
        assertThat(act(id, "archive").json().getString("status")).isEqualTo("archived");
        assertThat(api.get("briefings/" + slug).status()).isEqualTo(404);
        assertThat(api.as("reporter").header("If-Match", "*").post("api/briefings/" + id + "/reopen", "{}").status())
                .isEqualTo(403);
    }

    private Api.Reply act(long briefing, String action) {
        long version = api.as("editor").get("api/briefings/" + briefing).json().getJsonNumber("version").longValue();
        return api.as("editor").header("If-Match", "\"" + version + "\"").post("api/briefings/" + briefing + "/" + action, "{}");
    }

    @Test
    void languageVersionsPointAtEachOther() {
        JsonObject en = newsroom.briefing(Api.uniqueSlug("talks-en"), "en", "Europe/Kyiv");
        JsonObject uk = newsroom.briefing(Api.uniqueSlug("talks-uk"), "uk", "Europe/Kyiv");
        Api.Reply linked = api.as("editor").post("api/briefings/" + Newsroom.id(en) + "/translations",
                "{\"briefingId\": " + Newsroom.id(uk) + "}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().getJsonArray("translations").getJsonObject(0).getString("language")).isEqualTo("uk");
        assertThat(api.get("api/briefings/" + Newsroom.id(uk)).json().getJsonArray("translations").getJsonObject(0)
                .getString("slug")).isEqualTo(en.getString("slug"));
        Document page = Jsoup.parse(api.get("briefings/" + en.getString("slug")).body());
        assertThat(page.select("link[rel=alternate][hreflang=uk]").attr("href")).endsWith(uk.getString("slug"));

        long original = newsroom.published(Newsroom.id(en), "{\"body\": \"Talks ended\"}");
        JsonObject translation = newsroom.post(Newsroom.id(uk), "reporter",
                "{\"body\": \"Переговори завершилися\", \"translationOf\": " + original + "}");
        assertThat(translation.getInt("translationOf")).isEqualTo((int) original);
        // The public sees the link only while the entry it names is public: not the id of a draft (an attacker's
        // finding), in the entry, the list and the change poll alike.
        long published = newsroom.published(Newsroom.id(uk), "{\"body\": \"Переговори тривають\", \"translationOf\": "
                + original + "}");
        assertThat(api.get("api/briefings/" + Newsroom.id(uk) + "/entries/" + published).json().getInt("translationOf"))
                .isEqualTo((int) original);
        long draft = newsroom.post(Newsroom.id(en), "reporter", "{\"body\": \"Not yet\"}").getJsonNumber("id").longValue();
        long early = newsroom.published(Newsroom.id(uk), "{\"body\": \"Ще ні\", \"translationOf\": " + draft + "}");
        JsonObject shown = api.get("api/briefings/" + Newsroom.id(uk) + "/entries/" + early).json();
        assertThat(!shown.containsKey("translationOf") || shown.isNull("translationOf")).as(shown.toString()).isTrue();
        assertThat(api.get("api/briefings/" + Newsroom.id(uk) + "/entries").body()).doesNotContain("\"translationOf\":" + draft);
        assertThat(api.get("api/briefings/" + Newsroom.id(uk) + "/changes").body()).doesNotContain("\"translationOf\":" + draft);
        assertThat(api.as("editor").get("api/briefings/" + Newsroom.id(uk) + "/entries/" + early).json().getInt("translationOf"))
                .isEqualTo((int) draft);
        long unrelated = newsroom.briefing("unrelated");
        long foreign = newsroom.published(unrelated, "{\"body\": \"Elsewhere\"}");
        assertThat(api.as("reporter").post("api/briefings/" + Newsroom.id(uk) + "/entries",
                "{\"body\": \"x\", \"translationOf\": " + foreign + "}").status()).isEqualTo(400);
    }

    /** Issue #13, finding 1: a draft or archived language version is invisible to the public, its existence too. */
    @Test
    void unpublishedLanguageVersionsAreNotRevealed() {
        JsonObject en = newsroom.briefing(Api.uniqueSlug("embargo-en"), "en", "Europe/Kyiv");
        String draftSlug = Api.uniqueSlug("embargo-uk");
        Api.Reply draft = api.as("editor").post("api/briefings", """
                {"slug": "%s", "language": "uk", "title": "Ембарго", "status": "draft"}""".formatted(draftSlug));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        JsonObject ru = newsroom.briefing(Api.uniqueSlug("embargo-ru"), "ru", "Europe/Kyiv");
        for (JsonObject other : List.of(draft.json(), ru)) {
            Api.Reply linked = api.as("editor").post("api/briefings/" + Newsroom.id(en) + "/translations",
                    "{\"briefingId\": " + Newsroom.id(other) + "}");
            assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        }
        assertThat(act(Newsroom.id(ru), "close").status()).isEqualTo(200);
        assertThat(act(Newsroom.id(ru), "archive").status()).isEqualTo(200);

        assertThat(api.as("editor").get("api/briefings/" + Newsroom.id(en)).json().getJsonArray("translations"))
                .as("staff see every language version").hasSize(2);
        Api.Reply anonymous = api.get("api/briefings/" + Newsroom.id(en));
        assertThat(anonymous.json().getJsonArray("translations")).as("the public sees none of them").isEmpty();
        assertThat(anonymous.body()).doesNotContain(draftSlug, ru.getString("slug"));
        String page = api.get("briefings/" + en.getString("slug")).body();
        assertThat(page).doesNotContain(draftSlug, ru.getString("slug"));
        assertThat(Jsoup.parse(page).select("link[rel=alternate][hreflang=uk], link[rel=alternate][hreflang=ru]")).isEmpty();
    }

    @Test
    void fastLaneAndFourEyesSettingsAreHonouredAndAudited() {
        long briefing = newsroom.briefing("fast");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Breaking: explosion\"}"));
        assertThat(newsroom.transition(briefing, entry, "publish", "reporter").status()).isEqualTo(403);

        long version = api.as("editor").get("api/briefings/" + briefing).json().getJsonNumber("version").longValue();
        assertThat(api.as("editor").header("If-Match", "\"" + version + "\"").put("api/briefings/" + briefing,
                "{\"fastLane\": [\"reporter\"]}").status()).isEqualTo(200);
        assertThat(newsroom.transition(briefing, entry, "publish", "reporter").status()).isEqualTo(200);
        long others = Newsroom.id(newsroom.post(briefing, "reporter2", "{\"body\": \"Not in the lane\"}"));
        assertThat(newsroom.transition(briefing, others, "publish", "reporter2").status()).isEqualTo(403);

        List<JsonObject> audit = api.as("editor").get("api/briefings/" + briefing + "/audit").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(audit).anySatisfy(r -> {
            assertThat(r.getString("fastLane", "")).isEqualTo("reporter");
            assertThat(r.getString("by")).isEqualTo("editor");
        });
        assertThat(api.as("reporter").get("api/briefings/" + briefing + "/audit").status()).isEqualTo(403);
    }

    /** Issue #13, finding 7: the audit trail and revision histories page; the pages add up to the whole. */
    @Test
    void historiesComeAPageAtATime() {
        long briefing = newsroom.briefing("paged-history");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Version 0\"}"));
        for (int i = 1; i <= 4; i++) {
            long version = api.as("reporter").get(path(briefing, entry)).json().getJsonNumber("version").longValue();
            assertThat(api.as("reporter").header("If-Match", "\"" + version + "\"").put(path(briefing, entry),
                    "{\"body\": \"Version " + i + "\"}").status()).isEqualTo(200);
        }
        List<JsonObject> whole = api.as("editor").get(path(briefing, entry) + "/revisions?limit=200").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(whole).hasSize(5);
        assertThat(pages("/livebrief/" + path(briefing, entry) + "/revisions?limit=2", 3)).isEqualTo(whole);

        List<JsonObject> trail = api.as("editor").get("api/briefings/" + briefing + "/audit?limit=200").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(trail).hasSizeGreaterThanOrEqualTo(6);
        assertThat(pages("/livebrief/api/briefings/" + briefing + "/audit?limit=2", (trail.size() + 1) / 2))
                .as("every revision once, each with the fields it changed, across page boundaries too").isEqualTo(trail);
        assertThat(api.as("editor").get("api/briefings/" + briefing + "/audit?limit=201").status()).isEqualTo(400);
    }

    /** Follows rel="next" links from {@code first}, checking each page is full but the last, and joins them. */
    private List<JsonObject> pages(String first, int expectedPages) {
        List<JsonObject> all = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            Api.Reply page = api.as("editor").get(next.replaceFirst("^/livebrief/", ""));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            List<JsonObject> items = page.jsonArray().getValuesAs(JsonObject.class);
            assertThat(items).hasSizeBetween(1, 2);
            all.addAll(items);
            pages++;
            String link = page.header("Link");
            next = link == null ? null : link.replaceFirst("^<([^>]+)>; rel=\"next\"$", "$1");
        }
        assertThat(pages).isEqualTo(expectedPages);
        return all;
    }
}
