package org.livebrief.editor;

import java.net.URI;
import org.openqa.selenium.By;

/**
 * A reader's browser on the public page. It never reloads: what it sees arrives through the page's live
 * script (server-sent events), as it would for a reader following the briefing.
 */
final class Reader {

    private final Browser browser;

    Reader(Browser browser, URI page) {
        this.browser = browser;
        browser.open(page.toString());
    }

    String updates() {
        return browser.driver().findElement(By.id("updates")).getText();
    }

    void waitUntilUpdatesContain(String text) {
        browser.waitFor(d -> updates().contains(text));
    }

    void waitUntilUpdatesLack(String text) {
        browser.waitFor(d -> !updates().contains(text));
    }
}
