package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue #14, findings 1 and 6 (the desk's side): editing before publication with its history and the four-eyes rule
 * for rewrites, deleting drafts, the editor's note on a returned draft, and retraction that unpins. First on the
 * wire, then in Chromium in the English and the Ukrainian UI.
 */
class DeskEditingIT extends DeployedWar {

    private String entries(long briefing) {
        return "api/briefings/" + briefing + "/entries";
    }

    private Api.Reply editDraft(String user, long briefing, long entry, String body) {
        String path = entries(briefing) + "/" + entry;
        long version = api.as("admin").get(path).json().getJsonNumber("version").longValue();
        return api.as(user).header("If-Match", "\"" + version + "\"").put(path + "/draft",
                "{\"body\": \"" + body + "\"}");
    }

    private Api.Reply delete(String user, long briefing, long entry) {
        String path = entries(briefing) + "/" + entry;
        long version = api.as("admin").get(path).json().getJsonNumber("version").longValue();
        return api.as(user).header("If-Match", "\"" + version + "\"").send("DELETE", path, null, new byte[0]);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anotherReportersDraftIsForbiddenAndAPublishedEntryIsNotEditedThroughTheDraftPath() {
        long briefing = newsroom.briefing("draft-path");
        long draft = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Shelling near Enerhodar\"}"));
        assertProblem(editDraft("reporter2", briefing, draft, "Shelling near Nikopol"), 403);
        assertThat(api.as("reporter").get(entries(briefing) + "/" + draft).json().getString("body")).contains("Enerhodar");

        long published = newsroom.published(briefing, "{\"body\": \"Talks resumed in Istanbul\"}");
        Api.Reply refused = editDraft("editor", briefing, published, "Talks resumed in Ankara");
        assertProblem(refused, 409);
        assertThat(refused.json().getString("type")).endsWith("/not-a-draft");
        assertThat(refused.json().getString("state")).isEqualTo("published");
        assertThat(refused.json().getString("detail")).contains("correctionNote");
        // Corrections keep their own path.
        String path = entries(briefing) + "/" + published;
        Api.Reply corrected = api.as("editor").header("If-Match", "\"" + api.get(path).json().getInt("version") + "\"")
                .put(path, "{\"body\": \"Talks resumed in Istanbul on Tuesday\", \"correctionNote\": \"Added the day\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        // A correction note has no place on the draft path.
        assertProblem(api.as("reporter").header("If-Match", "\"" + api.as("reporter").get(entries(briefing) + "/" + draft)
                .json().getInt("version") + "\"").put(entries(briefing) + "/" + draft + "/draft",
                "{\"body\": \"x\", \"correctionNote\": \"n\"}"), 400);
    }

    @Test
    void authorsEditAndDeleteOnlyTheirOwnDrafts() {
        long briefing = newsroom.briefing("delete-draft");
        long draft = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Sirens in Kharkiv\"}"));
        Api.Reply edited = editDraft("reporter", briefing, draft, "Sirens in Kharkiv and Sumy");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getString("body")).contains("Sumy");
        assertThat(edited.json().containsKey("rewrittenBy")).as("the author's own edit").isFalse();

        assertProblem(delete("reporter2", briefing, draft), 403);
        assertProblem(delete("editor", briefing, draft), 403);
        Api.Reply stale = api.as("reporter").header("If-Match", "\"0\"").send("DELETE", entries(briefing) + "/" + draft,
                null, new byte[0]);
        assertProblem(stale, 412);
        assertThat(delete("reporter", briefing, draft).status()).isEqualTo(204);
        assertProblem(api.as("reporter").get(entries(briefing) + "/" + draft), 404);

        long submitted = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Power cut in Odesa\"}"));
        newsroom.transition(briefing, submitted, "submit", "reporter");
        assertProblem(delete("reporter", briefing, submitted), 409);
        // A draft posted with an Idempotency-Key is deleted with its key.
        Api.Reply keyed = api.as("reporter").header("Idempotency-Key", Api.uniqueSlug("k"))
                .post(entries(briefing), "{\"body\": \"Trains delayed\"}");
        assertThat(delete("reporter", briefing, Newsroom.id(keyed.json())).status()).isEqualTo(204);
    }

    @Test
    void anEditorWhoRewroteASubmittedUpdateNeedsAnotherPairOfEyesAndTheHistorySaysWhoChangedWhat() {
        long briefing = newsroom.briefing("rewrite");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Strikes on Zaporizhzhia overnigth\"}"));
        newsroom.transition(briefing, entry, "submit", "reporter");
        Api.Reply rewritten = editDraft("editor", briefing, entry, "Strikes on Zaporizhzhia overnight");
        assertThat(rewritten.status()).as(rewritten.toString()).isEqualTo(200);
        assertThat(rewritten.json().getString("rewrittenBy")).isEqualTo("editor");
        assertThat(rewritten.json().getString("state")).isEqualTo("submitted");

        Api.Reply selfApproval = newsroom.transition(briefing, entry, "approve", "editor");
        assertProblem(selfApproval, 403);
        assertThat(selfApproval.json().getString("detail")).contains("you rewrote this entry");
        assertProblem(newsroom.transition(briefing, entry, "publish", "editor"), 403);
        // The author re-approves the rewritten text; then the rewriter may publish.
        assertThat(newsroom.transition(briefing, entry, "approve", "reporter").status()).isEqualTo(200);
        Api.Reply published = newsroom.transition(briefing, entry, "publish", "editor");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        List<JsonObject> history = api.as("editor").get(entries(briefing) + "/" + entry + "/revisions").jsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject rewrite = history.stream().filter(r -> r.getJsonArray("changed").toString().contains("body"))
                .findFirst().orElseThrow();
        assertThat(rewrite.getString("by")).isEqualTo("editor");
        assertThat(rewrite.getString("body")).contains("overnight");
        assertThat(history.stream().map(r -> r.getString("by") + ":" + r.getString("state")).toList())
                .containsSubsequence("reporter:draft", "reporter:submitted", "editor:submitted", "reporter:approved",
                        "editor:published");
    }

    @Test
    void theRejectionNoteStaysOnTheDraftUntilItIsSubmittedAgainAndInTheHistoryForGood() {
        long briefing = newsroom.briefing("returned");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Dam breached, officials say\"}"));
        newsroom.transition(briefing, entry, "submit", "reporter");
        newsroom.transition(briefing, entry, "reject", "editor", "{\"note\": \"Needs a second source\"}");
        JsonObject returned = api.as("reporter").get(entries(briefing) + "/" + entry).json();
        assertThat(returned.getString("returnedBy")).isEqualTo("editor");
        assertThat(returned.getString("returnNote")).isEqualTo("Needs a second source");
        newsroom.transition(briefing, entry, "submit", "reporter");
        assertThat(api.as("reporter").get(entries(briefing) + "/" + entry).json().containsKey("returnNote")).isFalse();
        assertThat(api.as("reporter").get(entries(briefing) + "/" + entry + "/revisions").jsonArray()
                .getValuesAs(JsonObject.class)).anySatisfy(r -> {
                    assertThat(r.getString("by")).isEqualTo("editor");
                    assertThat(r.getString("note")).isEqualTo("Needs a second source");
                });
    }

    @Test
    void retractingUnpinsInTheSameTransactionAndLogsTheUnpin() {
        long briefing = newsroom.briefing("retract-pinned");
        long entry = newsroom.published(briefing, "{\"body\": \"Evacuation ordered\", \"pinned\": true}");
        long last = api.get("api/briefings/" + briefing + "/changes").json().getJsonNumber("last").longValue();
        Api.Reply retracted = newsroom.transition(briefing, entry, "retract", "editor", "{\"reason\": \"Order withdrawn\"}");
        assertThat(retracted.status()).as(retracted.toString()).isEqualTo(200);
        assertThat(retracted.json().getBoolean("pinned")).isFalse();
        assertThat(api.as("editor").get(entries(briefing) + "/" + entry).json().getBoolean("pinned")).isFalse();
        assertThat(api.as("editor").get(entries(briefing) + "?limit=5").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).allSatisfy(e -> assertThat(e.getBoolean("pinned")).isFalse());
        // Two change-log rows for the entry: the unpin, then the retraction, both after the cursor.
        List<JsonObject> changes = api.get("api/briefings/" + briefing + "/changes?since=" + last).json()
                .getJsonArray("changes").getValuesAs(JsonObject.class);
        assertThat(changes).hasSize(2);
        assertThat(changes).allSatisfy(c -> assertThat(c.getJsonObject("data").getInt("id")).isEqualTo((int) entry));
        // A retracted update takes no other edit.
        String path = entries(briefing) + "/" + entry;
        assertProblem(api.as("editor").header("If-Match", "\"" + retracted.json().getInt("version") + "\"")
                .put(path, "{\"body\": \"Evacuation ordered\", \"keyEvent\": true}"), 409);
    }

    // ---- in the browser ----

    private static void assumeBrowser() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
    }

    /** Replaces the text in the open dialog's rich-text field and saves. */
    private static void rewriteInDialog(Browser browser, String dialog, String text) {
        WebElement body = browser.visible(By.cssSelector("#" + dialog + " .richtext"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.click(By.cssSelector("#" + dialog + " button[type='submit']"));
        browser.waitFor(d -> d.findElements(By.id(dialog)).isEmpty());
    }

    @Test
    void aReporterEditsAndDeletesTheirDraftAndSeesWhoReturnedItAndWhy() {
        assumeBrowser();
        long briefing = newsroom.briefing("desk-draft");
        String slug = Api.uniqueSlug("d");
        newsroom.post(briefing, "reporter", "{\"body\": \"Shelling near Enerhodar " + slug + "\"}");
        long returned = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Dam breached " + slug + "\"}"));
        newsroom.transition(briefing, returned, "submit", "reporter");
        newsroom.transition(briefing, returned, "reject", "editor", "{\"note\": \"Needs a second source\"}");
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(briefing);
            assertThat(reporter.entryIn("Dam breached", "draft").getText())
                    .contains("Returned by editor: Needs a second source");
            reporter.take("Shelling near Enerhodar", "draft", "edit");
            rewriteInDialog(browser, "edit-dialog", "Shelling near Nikopol " + slug);
            reporter.entryIn("Shelling near Nikopol", "draft");
            browser.screenshot("desk-draft-edited-en");

            reporter.take("Shelling near Nikopol", "draft", "delete");
            browser.click(By.cssSelector("#delete-dialog button[type='submit']"));
            browser.waitFor(d -> !d.findElement(By.id("stream")).getText().contains("Nikopol"));
            assertThat(api.as("reporter").get(entries(briefing) + "?limit=10").body()).doesNotContain("Nikopol");
            // Someone else's draft has neither button.
            newsroom.post(briefing, "reporter2", "{\"body\": \"Draft by a colleague " + slug + "\"}");
            WebElement colleagues = reporter.entryIn("Draft by a colleague", "draft");
            assertThat(colleagues.findElements(By.cssSelector("button[data-action='edit'], button[data-action='delete']")))
                    .isEmpty();
        }
    }

    @Test
    void anEditorFixesASubmittedUpdateInTheUkrainianDeskAndMayNotApproveTheirOwnRewrite() {
        assumeBrowser();
        long briefing = newsroom.briefing("desk-rewrite");
        String slug = Api.uniqueSlug("r");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Вибухи в Запоріжжі вночі " + slug + "\"}"));
        newsroom.transition(briefing, entry, "submit", "reporter");
        try (Browser editorBrowser = Browser.shared(); Browser reporterBrowser = Browser.shared()) {
            EditorDesk editor = new EditorDesk(editorBrowser, base).signIn("editor");
            editor.switchLanguage("uk");
            editor.openDesk(briefing);
            editorBrowser.click(By.xpath("//div[@id='queue']/article[.//div[contains(., '" + slug + "')]]"
                    + "//button[@data-action='edit']"));
            assertThat(editorBrowser.visible(By.cssSelector("#edit-dialog h2")).getText())
                    .isEqualTo("Редагувати оновлення до публікації");
            rewriteInDialog(editorBrowser, "edit-dialog", "Вибухи в Запоріжжі вранці " + slug);
            editorBrowser.waitFor(d -> editor.entryIn("вранці", "submitted").getText()
                    .contains("Змінив(-ла) editor: новий текст має схвалити інший редактор або автор."));
            assertThat(editor.entryIn("вранці", "submitted").findElements(By.cssSelector(
                    "button[data-action='approve'], button[data-action='publish'], button[data-action='schedule']")))
                    .isEmpty();
            editorBrowser.screenshot("desk-rewrite-uk");

            EditorDesk reporter = new EditorDesk(reporterBrowser, base).signIn("reporter");
            reporter.switchLanguage("uk");
            reporter.openDesk(briefing);
            reporter.take("вранці", "submitted", "approve");
            reporter.entryIn("вранці", "approved");
            assertThat(api.as("editor").get(entries(briefing) + "/" + entry).json().getString("approvedBy"))
                    .isEqualTo("reporter");
            editor.take("вранці", "approved", "publish");
            editor.entryIn("вранці", "published");
        }
    }

    @Test
    void retractingInTheDeskUnpinsAndTheDialogSaysWhatTheReasonIsFor() {
        assumeBrowser();
        long briefing = newsroom.briefing("desk-retract");
        String slug = Api.uniqueSlug("x");
        newsroom.published(briefing, "{\"body\": \"Евакуацію оголошено " + slug + "\", \"pinned\": true}");
        newsroom.published(briefing, "{\"body\": \"Evacuation buses leave at noon " + slug + "\", \"pinned\": true}");
        try (Browser browser = Browser.shared()) {
            EditorDesk editor = new EditorDesk(browser, base).signIn("editor");
            editor.openDesk(briefing);
            editor.takeToDialog("Evacuation buses", "published", "retract", "retract-dialog");
            assertThat(browser.visible(By.cssSelector("#retract-dialog label")).getText())
                    .isEqualTo("Reason for readers: shown on the page next to the notice that this update was withdrawn");
            browser.visible(By.cssSelector("#retract-dialog textarea")).sendKeys(Keys.ESCAPE);
            browser.waitFor(d -> d.findElements(By.id("retract-dialog")).isEmpty());

            editor.switchLanguage("uk");
            editor.takeToDialog("Евакуацію оголошено", "published", "retract", "retract-dialog");
            assertThat(browser.visible(By.cssSelector("#retract-dialog label")).getText())
                    .isEqualTo("Причина для читачів: її видно на сторінці поруч із повідомленням, що оновлення відкликано");
            browser.screenshot("dialog-retract-uk");
            browser.visible(By.cssSelector("#retract-dialog textarea")).sendKeys("Наказ скасовано");
            browser.click(By.cssSelector("#retract-dialog button[type='submit']"));
            editor.entryIn("Евакуацію оголошено", "retracted");
            browser.waitFor(d -> !editor.entryIn("Евакуацію оголошено", "retracted").getAttribute("class")
                    .contains("is-pinned"));
            assertThat(editor.entryIn("Евакуацію оголошено", "retracted").findElements(By.cssSelector(".flag-pinned, button[data-action='pin']"))).isEmpty();
            // The other pinned update is still first: the retracted one no longer sits at the top.
            assertThat(browser.driver().findElement(By.cssSelector("#stream article")).getText())
                    .contains("Evacuation buses");
        }
    }
}
