package org.livebrief.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * axe-core (Deque's accessibility rules, from the npm registry: see the pom's {@code fetch-axe-core}) run in the page
 * a browser shows, frames included, against WCAG 2.0 and 2.1, levels A and AA.
 */
final class Axe {

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                    resultTypes: ['violations'], iframes: true})
                .then((result) => done(result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
                    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)))
                .catch((error) => done(['axe failed: ' + error]));""";

    private Axe() {
    }

    static boolean available() {
        return Files.isReadable(script());
    }

    private static Path script() {
        return Path.of(System.getProperty("axe.script", "target/webapp-js/axe-core/package/axe.min.js"));
    }

    /** The serious and critical violations on the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Browser browser) {
        String source;
        try {
            source = Files.readString(script());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        page.executeScript(source);
        // Each frame (the composer's) gets its own copy, so the rules look inside it too.
        for (WebElement frame : browser.driver().findElements(By.tagName("iframe"))) {
            browser.driver().switchTo().frame(frame);
            try {
                page.executeScript(source);
            } finally {
                browser.driver().switchTo().defaultContent();
            }
        }
        return (List<String>) page.executeAsyncScript(RUN);
    }
}
