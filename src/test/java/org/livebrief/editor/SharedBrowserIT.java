package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;

/**
 * The browser tests share Chromium processes ({@link Browser#shared()}); this checks that what one test leaves in a
 * shared browser is gone for the next, as in a browser of its own, and that a dead one is replaced. Needs no server:
 * the pages come from a {@link HostPage}.
 */
class SharedBrowserIT {

    @BeforeEach
    void chromium() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
    }

    private static Object script(Browser browser, String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    private static Object async(Browser browser, String js) {
        return ((JavascriptExecutor) browser.driver()).executeAsyncScript(js);
    }

    @Test
    void whatATestLeavesInASharedBrowserIsGoneForTheNext() {
        try (HostPage host = new HostPage("<p id=\"host\">The host page</p>")) {
            Browser first = Browser.shared();
            Dimension size;
            int starts;
            try {
                first.open(host.url());
                size = first.driver().manage().window().getSize();
                script(first, """
                        document.cookie = 'left=1; max-age=3600; path=/';
                        localStorage.setItem('left', '1');
                        sessionStorage.setItem('left', '1');""");
                assertThat(async(first, """
                        const done = arguments[arguments.length - 1];
                        const open = indexedDB.open('left-db', 1);
                        open.onupgradeneeded = () => open.result.createObjectStore('things');
                        open.onsuccess = () => { open.result.close();
                            caches.open('left-cache').then(() => done('kept'), (e) => done('caches: ' + e)); };
                        open.onerror = () => done('indexedDB: ' + open.error);""")).isEqualTo("kept");
                first.driver().switchTo().newWindow(WindowType.WINDOW);
                first.open(host.url() + "?second-window");
                first.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.leftBehind = true;"));
                first.cdp("Network.enable", Map.of());
                first.cdp("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                        "downloadThroughput", -1, "uploadThroughput", -1));
                first.cdp("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
                first.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
                first.driver().manage().window().setSize(new Dimension(800, 600));
                starts = Browser.starts();
            } finally {
                first.close();
            }

            try (Browser next = Browser.shared()) {
                assertThat(next).as("the same Chromium, not a new one").isSameAs(first);
                assertThat(Browser.starts()).isEqualTo(starts);
                assertThat(next.driver().getWindowHandles()).hasSize(1);
                assertThat(next.driver().getCurrentUrl()).isEqualTo("about:blank");
                assertThat(next.driver().manage().window().getSize()).isEqualTo(size);
                assertThat(next.driver().manage().timeouts().getScriptTimeout()).isEqualTo(Duration.ofSeconds(30));
                next.open(host.url());
                assertThat(next.visible(By.id("host")).getText()).as("online again").isEqualTo("The host page");
                assertThat(next.driver().manage().getCookies()).isEmpty();
                assertThat(script(next, "return document.cookie")).isEqualTo("");
                assertThat(script(next, "return localStorage.length")).isEqualTo(0L);
                assertThat(script(next, "return sessionStorage.length")).isEqualTo(0L);
                assertThat(script(next, "return window.leftBehind === undefined")).isEqualTo(true);
                assertThat(script(next, "return navigator.onLine")).isEqualTo(true);
                assertThat(script(next, "return Intl.DateTimeFormat().resolvedOptions().timeZone")).isNotEqualTo("Asia/Tokyo");
                assertThat((java.util.List<?>) async(next, """
                        const done = arguments[arguments.length - 1];
                        Promise.all([indexedDB.databases(), caches.keys()])
                            .then(([dbs, keys]) => done(dbs.map((d) => d.name).concat(keys)), (e) => done(['failed: ' + e]));"""))
                        .as("IndexedDB and Cache Storage").isEmpty();
            }
        }
    }

    @Test
    void twoSharedBrowsersHeldAtOnceAreTwoChromiumsAndADeadOneIsReplaced() {
        try (HostPage host = new HostPage("<p id=\"host\">The host page</p>")) {
            try (Browser one = Browser.shared(); Browser other = Browser.shared()) {
                assertThat(one).isNotSameAs(other);
                one.open(host.url());
                script(one, "document.cookie = 'who=one; path=/'");
                other.open(host.url());
                assertThat(script(other, "return document.cookie")).as("a cookie jar each").isEqualTo("");
            }
            // Chromium gone during a test: the next one gets a browser that answers.
            Browser dead = Browser.shared();
            dead.driver().quit();
            dead.close();
            try (Browser next = Browser.shared()) {
                assertThat(next).isNotSameAs(dead);
                next.open(host.url());
                assertThat(next.visible(By.id("host")).getText()).isEqualTo("The host page");
            }
        }
    }
}
