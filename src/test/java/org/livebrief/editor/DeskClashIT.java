package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue #14, findings 2 and 8, in Chromium in the English and the Ukrainian UI: typed text survives a clash (412), a
 * reload and a lost connection, and the second of two editors correcting one update merges instead of losing their
 * text; errors are in the UI language, a text over the server's size limit is refused before it is sent, and an
 * error caused by a lost connection leaves the screen when the connection returns.
 */
class DeskClashIT extends DeployedWar {

    private static void assumeBrowser() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
    }

    private static Object script(Browser browser, String js, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
    }

    private String entry(long briefing, long entry) {
        return "api/briefings/" + briefing + "/entries/" + entry;
    }

    /** Appends to the text of the open dialog's rich-text field, where a person would type: at its end. */
    private static void appendInDialog(Browser browser, String dialog, String text) {
        WebElement body = browser.visible(By.cssSelector("#" + dialog + " .richtext"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), text);
    }

    private static String dialogText(Browser browser, String dialog) {
        return browser.visible(By.cssSelector("#" + dialog + " .richtext")).getText();
    }

    private static List<String> texts(WebElement in, String selector) {
        return in.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private static String status(Browser browser) {
        return browser.driver().findElement(By.id("status")).getText();
    }

    /** Waits until the page has kept a text containing {@code fragment} in its local storage. */
    private static void awaitKept(Browser browser, String fragment) {
        browser.waitFor(d -> Boolean.TRUE.equals(script(browser, """
                return Object.keys(localStorage).some((k) => k.startsWith('livebrief.draft.')
                    && localStorage.getItem(k).includes(arguments[0]));""", fragment)));
    }

    @Test
    void twoEditorsCorrectOneUpdateAtOnceAndTheSecondMergesTheirTextWithTheFirstsInEnglish() {
        assumeBrowser();
        long briefing = newsroom.briefing("clash-en");
        String slug = Api.uniqueSlug("c");
        long entry = newsroom.published(briefing, "{\"body\": \"Talks resumed in Istanbul " + slug + "\"}");
        try (Browser first = Browser.shared(); Browser second = Browser.shared()) {
            EditorDesk editor = new EditorDesk(first, base).signIn("editor");
            EditorDesk admin = new EditorDesk(second, base).signIn("admin");
            editor.openDesk(briefing);
            admin.openDesk(briefing);
            editor.take(slug, "published", "correct");
            admin.take(slug, "published", "correct");
            appendInDialog(first, "correct-dialog", " on Tuesday");
            first.visible(By.cssSelector("#correct-dialog input[name='correctionNote']")).sendKeys("Added the day");
            appendInDialog(second, "correct-dialog", " after a pause");
            second.visible(By.cssSelector("#correct-dialog input[name='correctionNote']")).sendKeys("Added the pause");

            first.click(By.cssSelector("#correct-dialog button[type='submit']"));
            first.waitFor(d -> d.findElements(By.id("correct-dialog")).isEmpty());
            second.click(By.cssSelector("#correct-dialog button[type='submit']"));

            // The second editor's dialog stays open with their text, and shows the first editor's version beside it.
            WebElement merge = second.visible(By.cssSelector("#correct-dialog .merge"));
            assertThat(merge.findElement(By.tagName("h3")).getText()).isEqualTo("Their version");
            assertThat(merge.findElement(By.cssSelector(".merge-body")).getText()).endsWith(slug + " on Tuesday");
            assertThat(dialogText(second, "correct-dialog")).endsWith(slug + " after a pause");
            // Word by word: what only they wrote, and what only this editor wrote in its place.
            assertThat(merge.findElement(By.cssSelector(".merge-diff")).getText()).contains(slug);
            assertThat(texts(merge, ".merge-diff del")).containsExactly("after a pause");
            assertThat(texts(merge, ".merge-diff ins")).containsExactly("on Tuesday");
            assertThat(second.visible(By.cssSelector("#correct-dialog .form-error")).getText())
                    .startsWith("Someone else changed this update while you were writing. Your text is still here");
            second.screenshot("desk-clash-merge-en");

            // They take the day from the other version into theirs, then keep theirs: sent with the new ETag.
            WebElement body = second.visible(By.cssSelector("#correct-dialog .richtext"));
            body.click();
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " on Tuesday");
            second.click(By.cssSelector("#correct-dialog button.merge-mine"));
            second.waitFor(d -> d.findElements(By.id("correct-dialog")).isEmpty());
            admin.entryIn(slug + " after a pause on Tuesday", "published");

            JsonObject saved = api.as("editor").get(entry(briefing, entry)).json();
            assertThat(saved.getString("body")).contains(slug + " after a pause on Tuesday");
            assertThat(saved.getJsonArray("corrections").getValuesAs(JsonObject.class)).extracting(c -> c.getString("note"))
                    .containsExactlyInAnyOrder("Added the day", "Added the pause");
            // Nothing kept any more: the server has the text.
            assertThat((List<?>) script(second,
                    "return Object.keys(localStorage).filter((k) => k.startsWith('livebrief.draft.'))")).isEmpty();
        }
    }

    @Test
    void inTheUkrainianDeskAClashKeepsTheTypedTextUntilTheEditorTakesTheOtherVersion() {
        assumeBrowser();
        long briefing = newsroom.briefing("clash-uk");
        String slug = Api.uniqueSlug("u");
        long entry = newsroom.published(briefing, "{\"body\": \"Переговори відновилися в Стамбулі " + slug + "\"}");
        try (Browser browser = Browser.shared()) {
            EditorDesk editor = new EditorDesk(browser, base).signIn("editor");
            editor.switchLanguage("uk");
            editor.openDesk(briefing);
            editor.take(slug, "published", "correct");
            appendInDialog(browser, "correct-dialog", " у вівторок");
            browser.visible(By.cssSelector("#correct-dialog input[name='correctionNote']")).sendKeys("Додано день");

            // Another editor corrects the same update meanwhile.
            long version = api.as("admin").get(entry(briefing, entry)).json().getJsonNumber("version").longValue();
            Api.Reply other = api.as("admin").header("If-Match", "\"" + version + "\"").put(entry(briefing, entry),
                    "{\"body\": \"Переговори відновилися в Анкарі " + slug + "\", \"correctionNote\": \"Місто\"}");
            assertThat(other.status()).as(other.toString()).isEqualTo(200);

            browser.click(By.cssSelector("#correct-dialog button[type='submit']"));
            WebElement merge = browser.visible(By.cssSelector("#correct-dialog .merge"));
            assertThat(merge.findElement(By.tagName("h3")).getText()).isEqualTo("Їхня версія");
            assertThat(merge.findElement(By.cssSelector(".merge-body")).getText()).contains("в Анкарі");
            assertThat(dialogText(browser, "correct-dialog")).endsWith(slug + " у вівторок");
            assertThat(texts(merge, ".merge-diff del")).containsExactly("Стамбулі", "у вівторок");
            assertThat(texts(merge, ".merge-diff ins")).containsExactly("Анкарі");
            assertThat(merge.getText()).contains("Що відрізняється, слово за словом");
            assertThat(browser.visible(By.cssSelector("#correct-dialog .form-error")).getText())
                    .startsWith("Поки ви писали, хтось інший змінив це оновлення.")
                    .doesNotContain("Someone", "reload");
            assertThat(browser.visible(By.cssSelector("#correct-dialog button.merge-mine")).getText())
                    .isEqualTo("Залишити мою і зберегти");
            browser.screenshot("desk-clash-merge-uk");

            browser.click(By.cssSelector("#correct-dialog button.merge-theirs"));
            browser.waitFor(d -> d.findElements(By.id("correct-dialog")).isEmpty());
            assertThat(api.as("editor").get(entry(briefing, entry)).json().getString("body")).contains("в Анкарі")
                    .doesNotContain("вівторок");
            // Taking theirs was the choice to drop the typed text: the dialog opens with the saved version.
            editor.take("в Анкарі", "published", "correct");
            assertThat(dialogText(browser, "correct-dialog")).doesNotContain("вівторок");
            assertThat(browser.driver().findElements(By.cssSelector("#correct-dialog .note-restored"))).isEmpty();
        }
    }

    @Test
    void textTypedInTheComposerAndInADialogSurvivesAReloadInEnglishAndUkrainian() {
        assumeBrowser();
        long briefing = newsroom.briefing("autosave");
        String slug = Api.uniqueSlug("a");
        long draft = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Sirens in Kharkiv " + slug + "\"}"));
        Map<String, String> restored = Map.of("en", "Your text that was not sent is back",
                "uk", "Ваш ненадісланий текст відновлено");
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            for (String language : List.of("en", "uk")) {
                reporter.switchLanguage(language);
                reporter.openDesk(briefing);
                String unsent = "Unsent " + language + " " + slug;
                reporter.type(unsent);
                awaitKept(browser, unsent);
                browser.driver().navigate().refresh();
                browser.visible(By.id("stream-title"));
                browser.waitFor(d -> reporter.composerText().contains(unsent));
                assertThat(browser.visible(By.cssSelector(".composer .note-restored")).getText())
                        .startsWith(restored.get(language));

                reporter.take("Sirens in Kharkiv", "draft", "edit");
                String added = " and Sumy " + language;
                appendInDialog(browser, "edit-dialog", added);
                awaitKept(browser, added.trim());
                browser.driver().navigate().refresh();
                reporter.take("Sirens in Kharkiv", "draft", "edit");
                browser.waitFor(d -> dialogText(browser, "edit-dialog").endsWith(added.trim()));
                assertThat(browser.visible(By.cssSelector("#edit-dialog .note-restored")).getText())
                        .startsWith(restored.get(language));
                browser.screenshot("desk-restored-" + language);
                browser.click(By.cssSelector("#edit-dialog button[type='submit']"));
                browser.waitFor(d -> d.findElements(By.id("edit-dialog")).isEmpty());
                assertThat(api.as("reporter").get(entry(briefing, draft)).json().getString("body")).contains(added.trim());

                // Posted, the composer's text is no longer kept: the next reload starts empty.
                browser.click(By.id("composer-post"));
                reporter.entryIn(unsent, "draft");
                browser.driver().navigate().refresh();
                browser.visible(By.id("stream-title"));
                assertThat(browser.driver().findElements(By.cssSelector(".note-restored"))).isEmpty();
                assertThat(reporter.composerText()).doesNotContain(unsent);
            }
        }
    }

    @Test
    void aPasteOverTheSizeLimitIsRefusedBeforeSendingWithATranslatedMessage() {
        assumeBrowser();
        long briefing = newsroom.briefing("too-long");
        // 300 KB as the server counts (UTF-8 bytes): 307,200 Latin letters, or half as many Cyrillic ones.
        Map<String, String> paragraph = Map.of("en", "Shelling near Enerhodar. ", "uk", "Обстріл поблизу Енергодара. ");
        Map<String, String> refused = Map.of("en", "Too long to send: 3\\d\\d KB of the 256 KB one update may take\\. .*",
                "uk", "Задовгий текст: 3\\d\\d КБ, а одне оновлення вміщує 256 КБ\\. .*");
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            for (String language : List.of("en", "uk")) {
                reporter.switchLanguage(language);
                reporter.openDesk(briefing);
                reporter.type("x");
                script(browser, """
                        window.sent = [];
                        const send = window.fetch;
                        window.fetch = function (url, options) {
                          window.sent.push(((options && options.method) || 'GET') + ' ' + url);
                          return send.apply(this, arguments);
                        };""");
                String piece = paragraph.get(language);
                int bytesPerPiece = piece.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                script(browser, """
                        const p = '<p>' + arguments[0].repeat(100) + '</p>';
                        tinymce.activeEditor.execCommand('mceInsertClipboardContent', false,
                            { html: p.repeat(arguments[1]) });""", piece, (300 * 1024) / (100 * bytesPerPiece) + 1);
                WebElement counter = browser.visible(By.cssSelector(".composer .length-counter"));
                browser.waitFor(d -> "over".equals(counter.getAttribute("data-level")));
                assertThat(counter.getText()).matches(refused.get(language));
                browser.waitFor(d -> status(browser).matches(refused.get(language)));

                reporter.press(Keys.CONTROL, Keys.ENTER);
                browser.waitFor(d -> status(browser).matches(refused.get(language)));
                assertThat(status(browser)).doesNotContain("262144", "bytes", "server");
                assertThat((List<?>) script(browser, "return window.sent.filter((r) => r.startsWith('POST'))")).isEmpty();
                assertThat(api.as("reporter").get("api/briefings/" + briefing + "/entries?limit=5").json()
                        .getJsonArray("items")).isEmpty();
                browser.screenshot("desk-too-long-" + language);

                // Shortened, the error goes by itself.
                script(browser, "tinymce.activeEditor.setContent('<p>Short</p>'); tinymce.activeEditor.dispatch('change');");
                browser.waitFor(d -> status(browser).isEmpty());
                assertThat(counter.getAttribute("data-level")).isEqualTo("ok");
                script(browser, "tinymce.activeEditor.setContent(''); tinymce.activeEditor.dispatch('change');");
            }
        }
    }

    @Test
    void anErrorShownWhileOfflineClearsWhenTheConnectionReturnsAndTheTextIsPostedInEnglishAndUkrainian() {
        assumeBrowser();
        long briefing = newsroom.briefing("offline");
        String slug = Api.uniqueSlug("o");
        Map<String, List<String>> expected = Map.of(
                "en", List.of("Offline: what you type is kept on this device", "The server cannot be reached.", "Online"),
                "uk", List.of("Немає зв’язку: набраний текст зберігається на цьому пристрої", "Сервер недоступний.",
                        "На зв’язку"));
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            browser.cdp("Network.enable", Map.of());
            for (String language : List.of("en", "uk")) {
                List<String> words = expected.get(language);
                reporter.switchLanguage(language);
                reporter.openDesk(briefing);
                WebElement indicator = browser.visible(By.id("connection"));
                browser.waitFor(d -> words.get(2).equals(indicator.getText()));

                offline(browser, true);
                browser.waitFor(d -> words.get(0).equals(indicator.getText()));
                String text = "Posted after the outage " + language + " " + slug;
                reporter.type(text);
                reporter.press(Keys.CONTROL, Keys.ENTER);
                browser.waitFor(d -> status(browser).startsWith(words.get(1)));
                browser.screenshot("desk-offline-" + language);

                offline(browser, false);
                browser.waitFor(d -> status(browser).isEmpty());
                browser.waitFor(d -> words.get(2).equals(indicator.getText()));
                assertThat(reporter.composerText()).isEqualTo(text);
                browser.click(By.id("composer-post"));
                reporter.entryIn(text, "draft");
            }
        }
    }

    private static void offline(Browser browser, boolean offline) {
        browser.cdp("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
