package org.livebrief.editor;

import java.net.URI;
import org.livebrief.testing.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The editor UI as a person uses it, one browser per person. */
final class EditorDesk {

    private final Browser browser;
    private final URI base;

    EditorDesk(Browser browser, URI base) {
        this.browser = browser;
        this.base = base;
    }

    EditorDesk signIn(String user) {
        browser.open(base.resolve("editor/").toString());
        browser.visible(By.id("signin-username")).sendKeys(user);
        browser.visible(By.id("signin-password")).sendKeys(Api.PASSWORD);
        browser.click(By.id("signin-submit"));
        browser.visible(By.id("sign-out"));
        return this;
    }

    void openList() {
        browser.click(By.id("nav-briefings"));
        browser.visible(By.id("list-title"));
    }

    void openDesk(long briefing) {
        browser.open(base.resolve("editor/#/briefings/" + briefing).toString());
        browser.visible(By.id("stream-title"));
    }

    /** Types into the rich-text composer (TinyMCE's iframe) and posts with Ctrl+Enter. */
    void post(String text) {
        browser.waitFor(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(".composer iframe")));
        WebElement body = browser.visible(By.id("tinymce"));
        body.sendKeys(text);
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.driver().switchTo().defaultContent();
    }

    /** Types into the composer without posting. */
    void type(String text) {
        browser.waitFor(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(".composer iframe")));
        browser.visible(By.id("tinymce")).sendKeys(text);
        browser.driver().switchTo().defaultContent();
    }

    /** The composer's text as TinyMCE holds it. */
    String composerText() {
        browser.waitFor(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(".composer iframe")));
        String text = browser.visible(By.id("tinymce")).getText();
        browser.driver().switchTo().defaultContent();
        return text;
    }

    /**
     * Pastes into the composer as a word processor's clipboard would: a paste event carrying {@code text/html} and
     * {@code text/plain}, through TinyMCE's own paste handling (headless Chromium has no system clipboard).
     */
    void paste(String html, String text) {
        browser.waitFor(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(".composer iframe")));
        browser.driver().switchTo().defaultContent();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const editor = tinymce.activeEditor;
                editor.focus();
                const data = new DataTransfer();
                data.setData('text/html', arguments[0]);
                data.setData('text/plain', arguments[1]);
                editor.getBody().dispatchEvent(new ClipboardEvent('paste',
                    {clipboardData: data, bubbles: true, cancelable: true}));""", html, text);
    }

    /** The composer's content as TinyMCE would post it. */
    String composerHtml() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return tinymce.activeEditor.getContent()");
    }

    /** The names underlined inside the composer's text, each with the tooltip it shows on hover. */
    java.util.Map<String, String> underlined() {
        browser.waitFor(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(".composer iframe")));
        try {
            java.util.Map<String, String> marks = new java.util.LinkedHashMap<>();
            browser.driver().findElements(By.cssSelector("#tinymce span.lb-name-hint"))
                    .forEach(mark -> marks.put(mark.getText(), mark.getAttribute("title")));
            return marks;
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** Puts the caret inside the underlined name (a click on it), as a reporter would. */
    void clickUnderlined(String found) {
        browser.waitFor(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(".composer iframe")));
        try {
            browser.click(By.cssSelector("#tinymce span.lb-name-hint[data-found='" + found + "']"));
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** Types in the composer where the caret is, holding the modifier (Keys.ALT, Keys.CONTROL) if one is given. */
    void press(Keys modifier, CharSequence keys) {
        browser.waitFor(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(".composer iframe")));
        try {
            var actions = new org.openqa.selenium.interactions.Actions(browser.driver());
            (modifier == null ? actions.sendKeys(keys) : actions.keyDown(modifier).sendKeys(keys).keyUp(modifier)).perform();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** Waits for the name hint about {@code found} and clicks its fix. */
    void fixName(String found) {
        browser.click(By.cssSelector("#name-hints button[data-found='" + found + "']"));
    }

    /** Waits until the entry with this text shows the state, and returns its card. */
    WebElement entryIn(String text, String state) {
        By card = By.xpath("//div[@id='stream']/article[@data-state='" + state
                + "'][.//div[contains(@class,'entry-body')][contains(., '" + text + "')]]");
        return browser.visible(card);
    }

    void take(String text, String state, String action) {
        browser.waitFor(d -> {
            entryIn(text, state).findElement(By.cssSelector("button[data-action='" + action + "']")).click();
            return true;
        });
    }

    /**
     * Takes an action that opens a dialog, and waits for the dialog. Clicks again when the click opened nothing: a
     * live update that re-renders the stream between finding the button and clicking it takes the click with the old
     * card (seen under load in the fresh-clone CI, stop 17).
     */
    void takeToDialog(String text, String state, String action, String dialogId) {
        browser.waitFor(d -> {
            if (shown(d, dialogId)) {
                return true;
            }
            entryIn(text, state).findElement(By.cssSelector("button[data-action='" + action + "']")).click();
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < until) {
                if (shown(d, dialogId)) {
                    return true;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(100));
            }
            return false;
        });
    }

    private static boolean shown(org.openqa.selenium.WebDriver driver, String id) {
        java.util.List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    void switchLanguage(String language) {
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("language"))).selectByValue(language);
        browser.waitFor(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** Corrects a published entry: appends to its text and gives the note readers see. */
    void correct(String text, String addition, String note) {
        takeToDialog(text, "published", "correct", "correct-dialog");
        WebElement body = browser.visible(By.cssSelector("#correct-dialog .richtext"));
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), addition);
        browser.visible(By.cssSelector("#correct-dialog input[name='correctionNote']")).sendKeys(note);
        browser.click(By.cssSelector("#correct-dialog button[type='submit']"));
        browser.visible(By.xpath("//div[@id='stream']//p[contains(., '" + note + "')]"));
    }

    void retract(String text, String reason) {
        takeToDialog(text, "published", "retract", "retract-dialog");
        browser.visible(By.cssSelector("#retract-dialog textarea[name='reason']")).sendKeys(reason);
        browser.click(By.cssSelector("#retract-dialog button[type='submit']"));
        entryIn(text, "retracted");
    }

    /** Schedules a draft for the time the dialog proposes, and returns that time as the dialog showed it. */
    String schedule(String text) {
        takeToDialog(text, "draft", "schedule", "schedule-dialog");
        String at = browser.visible(By.cssSelector("#schedule-dialog input[type='datetime-local']")).getAttribute("value");
        browser.screenshot("dialog-schedule-en");
        browser.click(By.cssSelector("#schedule-dialog button[type='submit']"));
        return at;
    }
}
