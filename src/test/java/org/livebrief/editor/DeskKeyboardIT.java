package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.Messages;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #14, finding 7: after a "Use X" fix the caret is back in the composer, Ctrl+Shift+Enter posts and
 * submits in one keystroke, Alt+Enter fixes the name right before the caret instead of breaking the line, ? shows
 * the shortcut map, and every dialog of the desk opens, keeps the focus inside, closes with Esc and hands the focus
 * back, all from the keyboard.
 */
class DeskKeyboardIT extends DeployedWar {

    private static void assumeBrowser() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
    }

    private static Object script(Browser browser, String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    /** Presses the keys with the modifiers held, wherever the focus is now (no click that would move it). */
    private static void chord(Browser browser, Keys key, Keys... modifiers) {
        browser.waitFor(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(".composer iframe")));
        try {
            Actions actions = new Actions(browser.driver());
            for (Keys modifier : modifiers) {
                actions.keyDown(modifier);
            }
            actions.sendKeys(key);
            for (Keys modifier : modifiers) {
                actions.keyUp(modifier);
            }
            actions.perform();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    @Test
    void afterAFixTheCaretIsBackInTheComposerAndCtrlShiftEnterPostsAndSubmits() {
        assumeBrowser();
        long briefing = newsroom.briefing("keys-submit");
        String slug = Api.uniqueSlug("k");
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(briefing);
            reporter.type("Talks " + slug + " in Kiev");
            reporter.fixName("Kiev");
            browser.waitFor(d -> reporter.composerText().endsWith("in Kyiv"));
            browser.waitFor(d -> Boolean.TRUE.equals(script(browser, """
                    return document.activeElement && document.activeElement.tagName === 'IFRAME'
                        && tinymce.activeEditor.hasFocus();""")));
            chord(browser, Keys.ENTER, Keys.CONTROL, Keys.SHIFT);
            reporter.entryIn("Talks " + slug + " in Kyiv", "submitted");
            assertThat(browser.visible(By.id("status")).getText()).isEqualTo("Update saved and submitted for review.");
        }
    }

    @Test
    void altEnterRightAfterANameFixesItWithoutALineBreakInTheUkrainianDesk() {
        assumeBrowser();
        long briefing = newsroom.briefing("keys-fix");
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.switchLanguage("uk");
            reporter.openDesk(briefing);
            assertThat(browser.visible(By.cssSelector(".composer .hint")).getText())
                    .contains("Ctrl+Shift+Enter зберігає і надсилає на перевірку")
                    .contains("Alt+Enter виправляє підкреслене ім’я перед курсором");
            reporter.type("Talks with Zelensky");
            browser.waitFor(d -> reporter.underlined().containsKey("Zelensky"));
            // The caret right after the underlined name, outside its span: where it is after typing the name.
            script(browser, """
                    const ed = tinymce.activeEditor;
                    const mark = ed.getBody().querySelector('span.lb-name-hint');
                    const range = ed.dom.createRng();
                    range.setStartAfter(mark);
                    range.collapse(true);
                    ed.selection.setRng(range);""");
            chord(browser, Keys.ENTER, Keys.ALT);
            browser.waitFor(d -> "<p>Talks with Zelenskiy</p>".equals(script(browser,
                    "return tinymce.activeEditor.getContent()")));
        }
    }

    /** Presses keys on whatever has the focus in the page itself. */
    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static boolean hasFocus(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0] === document.activeElement", element));
    }

    private static boolean focusIn(Browser browser, String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return Boolean(document.activeElement.closest(arguments[0]))", selector));
    }

    /** Tab (or Shift+Tab) until the element has the focus, as a keyboard user gets there. */
    private static WebElement tabTo(Browser browser, By by, boolean backwards) {
        for (int presses = 0; presses < 150; presses++) {
            WebElement target = browser.visible(by);
            if (hasFocus(browser, target)) {
                return target;
            }
            keys(browser, backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + by);
    }

    /** Open with Enter, Tab around inside, close with Esc: the focus stays in the dialog and comes back. */
    private static void openAndEscape(Browser browser, By button, String dialog) {
        tabTo(browser, button, false);
        keys(browser, Keys.ENTER);
        browser.visible(By.cssSelector("dialog#" + dialog + "[open]"));
        assertThat(focusIn(browser, "#" + dialog)).as(dialog + " takes the focus").isTrue();
        for (int i = 0; i < 8; i++) {
            keys(browser, Keys.TAB);
            assertThat(focusIn(browser, "#" + dialog)).as(dialog + " after Tab " + (i + 1)).isTrue();
        }
        for (int i = 0; i < 8; i++) {
            keys(browser, Keys.chord(Keys.SHIFT, Keys.TAB));
            assertThat(focusIn(browser, "#" + dialog)).as(dialog + " after Shift+Tab " + (i + 1)).isTrue();
        }
        keys(browser, Keys.ESCAPE);
        browser.waitFor(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
        // Cancelling reloads the list too: the focus is on the same button, drawn anew.
        browser.waitFor(d -> hasFocus(browser, browser.visible(button)));
    }

    @Test
    void questionMarkShowsTheShortcutMapInTheUkrainianDeskAndEscClosesIt() {
        assumeBrowser();
        long briefing = newsroom.briefing("keys-map");
        Messages uk = Messages.forLocale(Locale.forLanguageTag("uk"));
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.switchLanguage("uk");
            reporter.openDesk(briefing);
            reporter.type("Хто стріляв?");
            browser.waitFor(d -> reporter.composerText().endsWith("Хто стріляв?"));
            assertThat(browser.driver().findElements(By.id("shortcuts-dialog"))).as("? typed as text").isEmpty();

            WebElement signOut = browser.visible(By.id("sign-out"));
            script(browser, "document.getElementById('sign-out').focus()");
            keys(browser, "?");
            WebElement map = browser.visible(By.cssSelector("dialog#shortcuts-dialog[open]"));
            assertThat(map.findElement(By.tagName("h2")).getText()).isEqualTo(uk.get("editor.shortcuts.title"));
            List<String> rows = map.findElements(By.tagName("dd")).stream().map(WebElement::getText).toList();
            assertThat(rows).contains(uk.get("editor.shortcuts.post"), uk.get("editor.shortcuts.postSubmit"),
                    uk.get("editor.shortcuts.fixName"), uk.get("editor.shortcuts.help"), uk.get("editor.shortcuts.close"));
            assertThat(map.getText()).contains("Ctrl+Shift+Enter", "Alt+Enter", "Alt+F10", "Esc");
            assertThat(focusIn(browser, "#shortcuts-dialog")).isTrue();
            keys(browser, Keys.TAB, Keys.TAB, Keys.TAB);
            assertThat(focusIn(browser, "#shortcuts-dialog")).as("Tab stays in the map").isTrue();
            browser.screenshot("shortcuts-uk");
            keys(browser, Keys.ESCAPE);
            browser.waitFor(d -> d.findElements(By.id("shortcuts-dialog")).isEmpty());
            assertThat(hasFocus(browser, signOut)).as("focus back where it was").isTrue();
        }
    }

    @Test
    void everyDialogOfTheDeskWorksFromTheKeyboardAlone() {
        assumeBrowser();
        long briefing = newsroom.briefing("keys-dialogs");
        long published = newsroom.published(briefing, "{\"body\": \"Talks resumed in Istanbul\"}");
        long submitted = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Sirens in Kharkiv\"}"));
        newsroom.transition(briefing, submitted, "submit", "reporter");
        try (Browser browser = Browser.shared()) {
            EditorDesk editor = new EditorDesk(browser, base).signIn("editor");
            editor.openDesk(briefing);
            editor.entryIn("Sirens in Kharkiv", "submitted");
            script(browser, "document.getElementById('composer-post').focus()");
            String submittedCard = "#stream article[data-entry-id='" + submitted + "'] ";
            String publishedCard = "#stream article[data-entry-id='" + published + "'] ";
            // Newest first: the submitted update's buttons come before the published one's.
            for (String action : List.of("edit", "schedule", "reject")) {
                openAndEscape(browser, By.cssSelector(submittedCard + "button[data-action='" + action + "']"),
                        action + "-dialog");
            }
            for (String action : List.of("retract", "correct")) {
                openAndEscape(browser, By.cssSelector(publishedCard + "button[data-action='" + action + "']"),
                        action + "-dialog");
            }
            // Retract for real: Shift+Tab back to the button, Enter, the reason, Tab to the submit button, Enter.
            tabTo(browser, By.cssSelector(publishedCard + "button[data-action='retract']"), true);
            keys(browser, Keys.ENTER);
            browser.visible(By.cssSelector("#retract-dialog[open]"));
            keys(browser, "Wrong city");
            tabTo(browser, By.cssSelector("#retract-dialog button[type='submit']"), false);
            keys(browser, Keys.ENTER);
            editor.entryIn("Talks resumed in Istanbul", "retracted");
            // The card was drawn anew; the focus is on it, not lost at the top of the page.
            browser.waitFor(d -> focusIn(browser, publishedCard.strip()));
        }
    }
}
