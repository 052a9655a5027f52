package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue #14: axe-core (WCAG 2.1 A and AA) finds no serious or critical violation on the editor (sign-in, the
 * briefings list, a desk with updates in every state, a dialog open, the shortcut map) or on the reader page, in
 * the English and the Ukrainian UI.
 */
class AccessibilityIT extends DeployedWar {

    private final List<String> found = new ArrayList<>();

    private static void assumeTools() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        assumeTrue(Axe.available(), "axe-core is fetched by the build (generate-test-resources)");
    }

    private void check(Browser browser, String where) {
        Axe.seriousViolations(browser).forEach(v -> found.add(where + ": " + v));
    }

    /** A briefing in the language with a published key event, a correction, a pinned update and one in review. */
    private long[] briefing(String language) {
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("a11y-" + language), language, "Europe/Kyiv"));
        long keyEvent = newsroom.published(briefing, "{\"body\": \"<p>Talks <strong>resumed</strong> in Istanbul</p>\","
                + " \"keyEvent\": true}");
        newsroom.published(briefing, "{\"body\": \"<p>Delegations arrive</p>\", \"pinned\": true}");
        long submitted = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Sirens in Kharkiv\"}"));
        newsroom.transition(briefing, submitted, "submit", "reporter");
        String path = "api/briefings/" + briefing + "/entries/" + keyEvent;
        int version = api.get(path).json().getInt("version");
        assertThat(api.as("editor").header("If-Match", "\"" + version + "\"").put(path,
                "{\"body\": \"<p>Talks <strong>resumed</strong> in Istanbul on Tuesday</p>\", \"correctionNote\": \"Day added\"}")
                .status()).isEqualTo(200);
        return new long[] {briefing, keyEvent};
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "uk"})
    void theEditorHasNoSeriousViolations(String language) {
        assumeTools();
        long briefing = briefing(language)[0];
        try (Browser browser = Browser.shared()) {
            browser.open(base.resolve("editor/").toString());
            browser.visible(By.id("signin-username"));
            check(browser, "sign-in");
            EditorDesk editor = new EditorDesk(browser, base).signIn("editor");
            editor.switchLanguage(language);
            editor.openList();
            check(browser, "briefings list");
            editor.openDesk(briefing);
            editor.entryIn("Sirens in Kharkiv", "submitted");
            browser.waitFor(d -> !d.findElements(By.cssSelector(".composer .tox-edit-area iframe")).isEmpty());
            check(browser, "desk");
            editor.take("Istanbul on Tuesday", "published", "correct");
            browser.visible(By.cssSelector("#correct-dialog"));
            check(browser, "correction dialog");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            browser.waitFor(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
            browser.click(By.id("shortcuts-open"));
            browser.visible(By.id("shortcuts-dialog"));
            check(browser, "shortcut map");
        }
        assertThat(found).as(language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "uk"})
    void theReaderPageHasNoSeriousViolations(String language) {
        assumeTools();
        long[] made = briefing(language);
        long briefing = made[0];
        String slug = api.get("api/briefings/" + briefing).json().getString("slug");
        try (Browser browser = Browser.shared()) {
            browser.open(base.resolve("briefings/" + slug).toString());
            browser.visible(By.id("updates"));
            check(browser, "reader page");
            browser.open(base.resolve("briefings/" + slug + "/entries/" + made[1]).toString());
            browser.visible(By.cssSelector("article.entry"));
            check(browser, "entry page");
            browser.open(base.resolve("briefings/" + slug + "?embed=1").toString());
            browser.visible(By.id("updates"));
            check(browser, "embed");
            browser.open(base.toString());
            browser.visible(By.cssSelector("a[href='/livebrief/briefings/" + slug + "']"));
            check(browser, "front page");
        }
        assertThat(found).as(language).isEmpty();
    }
}
