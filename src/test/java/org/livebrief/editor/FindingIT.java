package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue #14, finding 3: briefings are found by words, language, status and "mine", a page at a time, on the wire and
 * in the desk's list (English and Ukrainian UI); the desk pages older updates on scroll.
 */
class FindingIT extends DeployedWar {

    private long briefing(String title, String language, String status) {
        Api.Reply created = api.as("editor").post("api/briefings", """
                {"slug": "%s", "language": "%s", "title": "%s", "timeZone": "Europe/Kyiv", "status": "%s"}"""
                .formatted(Api.uniqueSlug("find"), language, title, status));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Newsroom.id(created.json());
    }

    private static List<Long> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getJsonNumber("id").longValue()).toList();
    }

    private static String token() {
        return "Q" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void briefingsAreFoundByTitleSlugLanguageStatusAndMine() {
        String token = token();
        long english = briefing("Blackout in " + token + " district", "en", "live");
        long ukrainian = briefing("Знеструмлення " + token, "uk", "live");
        long draft = briefing("Prepared " + token, "en", "draft");
        long other = briefing("Unrelated story", "en", "live");
        Api staff = api.as("editor");

        assertThat(ids(staff.get("api/briefings?q=" + token.toLowerCase(java.util.Locale.ROOT))))
                .containsExactly(draft, ukrainian, english);
        assertThat(ids(staff.get("api/briefings?q=" + token + "&language=uk"))).containsExactly(ukrainian);
        assertThat(ids(staff.get("api/briefings?q=" + token + "&status=draft"))).containsExactly(draft);
        assertThat(ids(staff.get("api/briefings?q=" + token + "&language=EN&status=live"))).containsExactly(english);
        assertThat(ids(staff.get("api/briefings?q=blackout%20in%20" + token))).containsExactly(english);
        String slug = staff.get("api/briefings/" + other).json().getString("slug");
        assertThat(ids(staff.get("api/briefings?q=" + slug))).containsExactly(other);
        // The public never finds a draft, whatever it asks.
        assertThat(ids(api.get("api/briefings?q=" + token))).containsExactly(ukrainian, english);
        assertThat(ids(api.get("api/briefings?q=" + token + "&status=draft"))).isEmpty();
        // LIKE wildcards are plain characters.
        assertThat(ids(staff.get("api/briefings?q=%25%25&limit=5"))).doesNotContain(english, ukrainian, draft);
        assertThat(ids(staff.get("api/briefings?q=_&limit=200"))).doesNotContain(english, ukrainian, draft, other);

        // Mine: created by me, or I wrote in it.
        newsroom.post(ukrainian, "reporter2", "{\"body\": \"Світло повертається\"}");
        assertThat(ids(api.as("reporter2").get("api/briefings?mine=true&q=" + token))).containsExactly(ukrainian);
        assertThat(ids(api.as("editor").get("api/briefings?mine=true&q=" + token)))
                .containsExactly(draft, ukrainian, english);
        assertThat(ids(api.as("reporter").get("api/briefings?mine=true&q=" + token))).isEmpty();
    }

    @Test
    void aFilteredListPagesWithTheBeforeCursorAndKeepsItsFilters() {
        String token = token();
        long first = briefing(token + " one", "en", "live");
        long second = briefing(token + " two", "en", "live");
        long third = briefing(token + " three", "en", "live");
        briefing(token + " other language", "uk", "live");
        Api.Reply page = api.as("editor").get("api/briefings?limit=2&language=en&q=" + token);
        assertThat(ids(page)).containsExactly(third, second);
        String next = page.json().getString("next");
        assertThat(next).contains("before=" + second).contains("q=" + token).contains("language=en");
        assertThat(page.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
        Api.Reply last = api.as("editor").get(next.substring(next.indexOf("api/")));
        assertThat(ids(last)).containsExactly(first);
        assertThat(last.json().containsKey("next")).as("null fields are left out").isFalse();
        assertThat(last.header("Link")).isNull();
    }

    @Test
    void badFiltersAreProblemsNamingTheField() {
        for (String[] bad : new String[][] {{"status=published", "status"}, {"language=%21%21", "language"},
                {"mine=yes", "mine"}, {"q=" + "x".repeat(201), "q"}, {"q=%07bell", "q"}}) {
            Api.Reply reply = api.as("editor").get("api/briefings?" + bad[0]);
            assertThat(reply.status()).as(bad[0]).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"");
        }
        Api.Reply anonymousMine = api.get("api/briefings?mine=true");
        assertThat(anonymousMine.status()).isEqualTo(400);
        assertThat(anonymousMine.body()).contains("\"field\":\"mine\"");
    }

    // ---- in the browser ----

    private static void assumeBrowser() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
    }

    /** The rows of the briefings table as text, read in one script so a re-render cannot leave a stale element. */
    @SuppressWarnings("unchecked")
    private static List<String> rowTexts(org.openqa.selenium.WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#briefing-results table.briefings tbody tr')].map(r => r.innerText)");
    }

    @Test
    void theDeskListSearchesFiltersAndLoadsMoreInEnglishAndUkrainian() {
        assumeBrowser();
        String token = token();
        for (int i = 1; i <= 23; i++) {
            briefing("Flooding " + token + " report " + i, "en", "live");
        }
        long ukrainian = briefing("Повінь " + token, "uk", "live");
        briefing("Unrelated and newest", "en", "live"); // so the unfiltered first page is not all matches
        try (Browser browser = Browser.shared()) {
            EditorDesk desk = new EditorDesk(browser, base).signIn("editor");
            browser.visible(By.id("list-q")).sendKeys(token);
            // The unfiltered list shows 20 rows too: wait for 20 that all match.
            browser.waitFor(d -> rowTexts(d).size() == 20 && rowTexts(d).stream().allMatch(row -> row.contains(token)));
            browser.click(By.id("list-more"));
            browser.waitFor(d -> rowTexts(d).size() == 24);
            assertThat(browser.driver().findElements(By.id("list-more"))).isEmpty();
            browser.screenshot("list-search-en");

            desk.switchLanguage("uk");
            assertThat(browser.visible(By.cssSelector("label[for='list-q']")).getText()).isEqualTo("Заголовок або адреса");
            browser.visible(By.id("list-q")).sendKeys(token);
            new org.openqa.selenium.support.ui.Select(browser.visible(By.id("list-language"))).selectByValue("uk");
            browser.waitFor(d -> rowTexts(d).size() == 1 && rowTexts(d).get(0).contains("Повінь " + token));
            browser.click(By.cssSelector("#briefing-results a[data-briefing-id='" + ukrainian + "']"));
            browser.visible(By.id("stream-title"));
            desk.openList();
            browser.visible(By.id("list-q")).sendKeys("nothing-matches-" + token);
            assertThat(browser.visible(By.cssSelector("#briefing-results p.empty")).getText())
                    .isEqualTo("Жодна трансляція не відповідає пошуку.");
            browser.screenshot("list-search-uk");
        }
    }

    @Test
    void theDeskLoadsOlderUpdatesWhenTheEditorScrollsToTheEnd() {
        assumeBrowser();
        long briefing = newsroom.briefing("many-updates");
        String token = token();
        for (int i = 1; i <= 105; i++) {
            newsroom.post(briefing, "reporter", "{\"body\": \"Update " + i + " of " + token + "\"}");
        }
        try (Browser browser = Browser.shared()) {
            EditorDesk desk = new EditorDesk(browser, base).signIn("editor");
            desk.openDesk(briefing);
            desk.entryIn("Update 105 of " + token, "draft");
            By cards = By.cssSelector("#stream > article");
            assertThat(browser.driver().findElements(cards)).hasSize(100);
            assertThat(browser.driver().findElement(By.id("stream")).getText()).doesNotContain("Update 1 of " + token);
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, document.body.scrollHeight)");
            desk.entryIn("Update 1 of " + token, "draft");
            assertThat(browser.driver().findElements(cards)).hasSize(105);
            assertThat(browser.driver().findElement(By.id("stream-more")).isDisplayed()).isFalse();
        }
    }
}
