package org.livebrief.editor;

import java.net.URI;
import org.openqa.selenium.By;

/** A reader's browser on the public page; it reloads, because live updates without reload are the SSE work. */
final class Reader {

    private final Browser browser;

    Reader(Browser browser, URI page) {
        this.browser = browser;
        browser.open(page.toString());
    }

    String updates() {
        return browser.visible(By.id("updates")).getText();
    }

    void waitUntilUpdatesContain(String text) {
        browser.waitFor(d -> {
            d.navigate().refresh();
            return updates().contains(text);
        });
    }

    void waitUntilUpdatesLack(String text) {
        browser.waitFor(d -> {
            d.navigate().refresh();
            return !updates().contains(text);
        });
    }
}
