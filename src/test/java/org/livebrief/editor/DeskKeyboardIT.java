package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #14, finding 7 (part): after a "Use X" fix the caret is back in the composer, Ctrl+Shift+Enter posts and
 * submits in one keystroke, and Alt+Enter fixes the name right before the caret instead of breaking the line.
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
        try (Browser browser = new Browser()) {
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
        try (Browser browser = new Browser()) {
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
}
