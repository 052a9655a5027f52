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

    void switchLanguage(String language) {
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("language"))).selectByValue(language);
        browser.waitFor(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
