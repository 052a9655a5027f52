package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.livebrief.platform.Messages;
import org.livebrief.testing.DeployedWar;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue #14, finding 4: a paste from Word or Google Docs (their clipboard HTML, in {@code src/test/resources/paste/})
 * shows in the composer exactly what the saved update holds, and the notice under the composer says, in the UI
 * language, what did not fit: the image and its caption, the table (now a line per row), the heading (now a bold
 * paragraph), underline and colour. The edit and correction dialogs clean what is pasted into them by the same
 * rules, and nested lists keep their levels.
 */
class DeskPasteIT extends DeployedWar {

    private static String clipboard(String name) {
        try (InputStream in = DeskPasteIT.class.getResourceAsStream("/paste/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HTML as a browser reads it: the white space between blocks means nothing. */
    private static String blocks(String html) {
        return html.replaceAll(">\\s+<", "><").strip();
    }

    private List<String> noticeLines(Browser browser) {
        browser.visible(By.id("paste-notice"));
        return browser.driver().findElements(By.cssSelector("#paste-notice li")).stream().map(WebElement::getText).toList();
    }

    /** "Formatting removed: a and b." with the names in the UI language (joined the browser's way for it). */
    private static void assertStylesLine(String line, Messages messages, String... styles) {
        String pattern = messages.get("editor.paste.styles");
        assertThat(line).startsWith(pattern.substring(0, pattern.indexOf("{0}")));
        for (String style : styles) {
            assertThat(line).contains(messages.get("editor.paste.style." + style));
        }
        assertThat(line).doesNotContain(messages.get("editor.paste.style.script"));
    }

    /** Pastes, posts with Ctrl+Enter and returns {what the composer showed, what the server saved}. */
    private String[] pasteAndPost(Browser browser, EditorDesk reporter, long briefing, String html, String last) {
        reporter.paste(html, "");
        browser.waitFor(d -> reporter.composerHtml().contains(last));
        String shown = reporter.composerHtml();
        reporter.post("");
        reporter.entryIn(last, "draft");
        return new String[] {shown, newestBody("reporter", briefing)};
    }

    /** The body of the briefing's newest update as the server saved it. */
    private String newestBody(String user, long briefing) {
        return api.as(user).get("api/briefings/" + briefing + "/entries").json()
                .getJsonArray("items").getJsonObject(0).getString("body");
    }

    @Test
    void aWordPasteShowsWhatTheUpdateSavesAndTellsWhatWasDropped() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        long briefing = newsroom.briefing("paste-word");
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(briefing);
            String[] shownAndSaved = pasteAndPost(browser, reporter, briefing, clipboard("word.html"),
                    "More updates to follow.");
            // The notice was there before posting; posting clears it with the composer.
            String shown = shownAndSaved[0];
            String saved = shownAndSaved[1];
            assertThat(blocks(shown)).isEqualTo(blocks(saved));
            assertThat(blocks(saved)).startsWith("<p><strong>Shelling near the Zaporizhzhia plant</strong></p>")
                    .contains("<ul><li>Power line restored</li><li>Reactor 5 in cold shutdown</li></ul>")
                    .contains("<p><strong>Town</strong> | <strong>Injured</strong></p><p>Enerhodar | 3</p>")
                    .contains("<a href=\"https://www.iaea.org/newscenter\" rel=\"nofollow noopener\">the agency</a>")
                    .doesNotContain("Figure").doesNotContain("<img").doesNotContain("·");
        }
    }

    @Test
    void theNoticeListsWhatAWordPasteLostInEnglish() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        long briefing = newsroom.briefing("paste-notice");
        Messages en = Messages.forLocale(Locale.ENGLISH);
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(briefing);
            reporter.paste(clipboard("word.html"), "");
            List<String> lines = noticeLines(browser);
            assertThat(lines).hasSize(5).startsWith(
                    en.get("editor.paste.image.one", 1), en.get("editor.paste.caption.one", 1),
                    en.get("editor.paste.table.one", 1), en.get("editor.paste.heading.one", 1));
            assertStylesLine(lines.get(4), en, "underline", "colour");
            assertThat(browser.visible(By.cssSelector("#paste-notice .paste-title")).getText())
                    .isEqualTo(en.get("editor.paste.title"));
            browser.screenshot("paste-word-en");
            browser.click(By.id("paste-notice-close"));
            browser.waitFor(d -> !d.findElement(By.id("paste-notice")).isDisplayed());
        }
    }

    @Test
    void aGoogleDocsPasteInTheUkrainianDeskKeepsItsListAndSaysWhatWasDroppedInUkrainian() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        long briefing = newsroom.briefing("paste-docs");
        Messages uk = Messages.forLocale(Locale.forLanguageTag("uk"));
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.switchLanguage("uk");
            reporter.openDesk(briefing);
            reporter.paste(clipboard("google-docs.html"), "");
            List<String> lines = noticeLines(browser);
            assertThat(lines).hasSize(4).startsWith(uk.get("editor.paste.image.one", 1),
                    uk.get("editor.paste.table.one", 1), uk.get("editor.paste.heading.one", 1));
            assertStylesLine(lines.get(3), uk, "colour", "strikethrough");
            browser.screenshot("paste-docs-uk");
            String shown = reporter.composerHtml();
            reporter.post("");
            reporter.entryIn("Fifth | 29 March", "draft");
            String saved = newestBody("reporter", briefing);
            assertThat(blocks(shown)).isEqualTo(blocks(saved));
            // The wrapper Google Docs puts around everything is <b style="font-weight:normal">: not bold.
            assertThat(blocks(saved)).startsWith("<p><strong>Talks in Istanbul</strong></p><p>Delegations met for "
                    + "<strong>three hours</strong> at the <em>Dolmabahçe</em> office")
                    .contains("<ul><li>Grain corridor</li><li>Prisoner exchange</li></ul>")
                    .doesNotContain("<img");
        }
    }

    /**
     * HTML as the server writes it and as a browser reads it, so a field's DOM and a saved body compare: white space
     * between blocks, and before a list nested in an item (TinyMCE writes a line break there), means nothing.
     */
    private static String normalised(String html) {
        var document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return blocks(document.body().html()).replaceAll("\\s+<(ul|ol)>", "<$1>");
    }

    private static final String NESTED_WORD_LISTS = "<p>Where the convoys went:</p><ul><li>Kherson region<ul><li>Beryslav"
            + "</li><li>Nova <strong>Kakhovka</strong></li></ul></li><li>Mykolaiv region</li></ul><p>What to do:</p><ol><li>"
            + "Leave by the marked route<ol><li>Buses leave at <em>noon</em></li></ol></li><li>Register at the shelter</li></ol>";

    /**
     * Pastes into the rich-text field of the open dialog where a person would: a new line after its text (Ctrl+End,
     * Enter; only the end when there is no HTML), then the clipboard, with {@code imageFiles} image files on it.
     */
    private static void pasteInDialog(Browser browser, String dialog, String html, String text, int imageFiles) {
        WebElement field = browser.visible(By.cssSelector("#" + dialog + " .richtext"));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        if (html != null) {
            field.sendKeys(Keys.ENTER);
        }
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const field = arguments[0];
                const data = new DataTransfer();
                if (arguments[1]) data.setData('text/html', arguments[1]);
                data.setData('text/plain', arguments[2]);
                for (let i = 0; i < arguments[3]; i++) {
                    data.items.add(new File([new Uint8Array([137, 80, 78, 71])], `photo-${i}.png`, {type: 'image/png'}));
                }
                field.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));""",
                field, html, text, imageFiles);
    }

    private static List<String> dialogNoticeLines(Browser browser, String dialog) {
        browser.visible(By.cssSelector("#" + dialog + " .paste-notice"));
        return browser.driver().findElements(By.cssSelector("#" + dialog + " .paste-notice li")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void wordsNestedListsKeepTheirLevelsInTheComposer() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        long briefing = newsroom.briefing("paste-nested");
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(briefing);
            String[] shownAndSaved = pasteAndPost(browser, reporter, briefing, clipboard("word-nested-lists.html"),
                    "Register at the shelter");
            assertThat(normalised(shownAndSaved[0])).isEqualTo(normalised(shownAndSaved[1]));
            assertThat(normalised(shownAndSaved[1])).isEqualTo(NESTED_WORD_LISTS);
        }
    }

    @Test
    void aWordPasteIntoTheCorrectionDialogIsCleanedAsInTheComposerAndSavedAsShownInEnglish() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        long briefing = newsroom.briefing("paste-correct");
        String first = "Power is back at the plant " + briefing;
        newsroom.published(briefing, "{\"body\": \"" + first + "\"}");
        Messages en = Messages.forLocale(Locale.ENGLISH);
        try (Browser browser = Browser.shared()) {
            EditorDesk editor = new EditorDesk(browser, base).signIn("editor");
            editor.openDesk(briefing);
            editor.take(first, "published", "correct");
            pasteInDialog(browser, "correct-dialog", clipboard("word.html"), "", 0);
            List<String> lines = dialogNoticeLines(browser, "correct-dialog");
            assertThat(lines).hasSize(5).startsWith(
                    en.get("editor.paste.image.one", 1), en.get("editor.paste.caption.one", 1),
                    en.get("editor.paste.table.one", 1), en.get("editor.paste.heading.one", 1));
            assertStylesLine(lines.get(4), en, "underline", "colour");
            WebElement field = browser.visible(By.cssSelector("#correct-dialog .richtext"));
            String shown = field.getAttribute("innerHTML");
            assertThat(normalised(shown)).startsWith("<p>" + first + "</p><p><strong>Shelling near the Zaporizhzhia plant"
                    + "</strong></p>").contains("<ul><li>Power line restored</li><li>Reactor 5 in cold shutdown</li></ul>")
                    .doesNotContain("<img", "style=", "Figure", "<u>", "<h");
            browser.screenshot("paste-correct-en");
            browser.visible(By.cssSelector("#correct-dialog input[name='correctionNote']")).sendKeys("Added the agency's report");
            browser.click(By.cssSelector("#correct-dialog button[type='submit']"));
            browser.waitFor(d -> d.findElements(By.id("correct-dialog")).isEmpty());
            String saved = newestBody("editor", briefing);
            assertThat(normalised(saved)).isEqualTo(normalised(shown));
        }
    }

    @Test
    void inTheUkrainianEditDialogAWebPasteKeepsNestedListsAndAPastedPhotoIsRefusedWithANotice() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        long briefing = newsroom.briefing("paste-edit");
        Messages uk = Messages.forLocale(Locale.forLanguageTag("uk"));
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.switchLanguage("uk");
            reporter.openDesk(briefing);
            String draft = "Чернетка " + briefing;
            reporter.post(draft);
            reporter.take(draft, "draft", "edit");
            pasteInDialog(browser, "edit-dialog", clipboard("web-nested-lists-uk.html"), "", 0);
            assertThat(dialogNoticeLines(browser, "edit-dialog")).containsExactly(uk.get("editor.paste.image.one", 1),
                    uk.get("editor.paste.heading.one", 1));
            String expected = "<p>" + draft + "</p><p><strong>Що відомо на ранок</strong></p><ul><li>Херсонщина<ul><li>"
                    + "Берислав</li><li>Нова Каховка</li></ul></li><li>Миколаївщина</li></ul><ol><li>Евакуація<ol><li>"
                    + "Автобуси о <strong>12:00</strong></li></ol></li><li>Укриття</li></ol>";
            assertThat(normalised(browser.visible(By.cssSelector("#edit-dialog .richtext")).getAttribute("innerHTML")))
                    .isEqualTo(expected);
            // A photo from the clipboard, with no HTML: nothing goes in, and the notice says why.
            pasteInDialog(browser, "edit-dialog", null, "", 1);
            browser.waitFor(d -> dialogNoticeLines(browser, "edit-dialog").equals(List.of(uk.get("editor.paste.image.one", 1))));
            browser.screenshot("paste-edit-uk");
            browser.click(By.cssSelector("#edit-dialog button[type='submit']"));
            browser.waitFor(d -> d.findElements(By.id("edit-dialog")).isEmpty());
            String saved = newestBody("reporter", briefing);
            assertThat(normalised(saved)).isEqualTo(expected);
        }
    }
}
