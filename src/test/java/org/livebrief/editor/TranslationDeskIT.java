package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Translation links on the desk (issue #18, item 5), in Chromium: a translation whose source was corrected carries a
 * "source changed" badge, the source's diff opens from its card, an editor's confirmation clears it; "translate this
 * update" writes a translation into the linked language version with the source beside it.
 */
class TranslationDeskIT extends DeployedWar {

    private long en;
    private long uk;

    @BeforeEach
    void linkedVersions() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        en = Newsroom.id(newsroom.briefing(Api.uniqueSlug("desk-source-en"), "en", "Europe/Kyiv"));
        uk = Newsroom.id(newsroom.briefing(Api.uniqueSlug("desk-source-uk"), "uk", "Europe/Kyiv"));
        Api.Reply linked = api.as("editor").post("api/briefings/" + en + "/translations", "{\"briefingId\": " + uk + "}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    }

    @Test
    void aCorrectedSourceShowsOnItsTranslationsCardWithItsDiff() {
        String mark = Api.uniqueSlug("t");
        long source = newsroom.published(en, "{\"body\": \"Two people were killed in Kharkiv " + mark + "\"}");
        long translation = newsroom.published(uk, "{\"body\": \"У Харкові загинули двоє людей " + mark
                + "\", \"translationOf\": " + source + "}");
        String sourcePath = "api/briefings/" + en + "/entries/" + source;
        long version = api.as("editor").get(sourcePath).json().getJsonNumber("version").longValue();
        Api.Reply corrected = api.as("editor").header("If-Match", "\"" + version + "\"").put(sourcePath,
                "{\"body\": \"Three people were killed in Kharkiv " + mark + "\", \"correctionNote\": \"The toll rose\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        try (Browser browser = Browser.shared()) {
            EditorDesk editor = new EditorDesk(browser, base).signIn("editor");
            editor.openDesk(uk);
            WebElement card = editor.entryIn("двоє людей", "published");
            assertThat(card.findElement(By.cssSelector(".flag-source-changed")).getText()).isEqualToIgnoringCase("Source changed");
            assertThat(card.getText()).contains("The toll rose");
            assertThat(browser.visible(By.cssSelector("#source-changed article[data-entry-id='" + translation + "']"))
                    .isDisplayed()).isTrue();
            browser.screenshot("translation-source-changed-en");

            editor.take("двоє людей", "published", "sourceDiff");
            WebElement diff = browser.visible(By.cssSelector("#source-diff-dialog .source-diff"));
            assertThat(diff.findElement(By.tagName("del")).getText()).isEqualTo("Two");
            assertThat(diff.findElement(By.tagName("ins")).getText()).isEqualTo("Three");
            assertThat(browser.visible(By.id("source-diff-dialog")).getText()).doesNotContain("null");
            browser.screenshot("translation-source-diff-en");
            browser.click(By.cssSelector("#source-diff-dialog button[type='submit']"));
            browser.waitFor(d -> d.findElements(By.id("source-diff-dialog")).isEmpty());
            assertThat(api.as("editor").get("api/briefings/" + uk + "/entries/" + translation).json()
                    .containsKey("sourceChanged")).as("looking changes nothing").isTrue();

            editor.take("двоє людей", "published", "confirmSource");
            browser.waitFor(d -> editor.entryIn("двоє людей", "published")
                    .findElements(By.cssSelector(".flag-source-changed")).isEmpty());
            assertThat(api.as("editor").get("api/briefings/" + uk + "/entries/" + translation).json()
                    .containsKey("sourceChanged")).isFalse();
        }
    }

    @Test
    void translateThisUpdateLinksTheNewEntryToItsSource() {
        String mark = Api.uniqueSlug("t");
        long source = newsroom.published(en, "{\"body\": \"Talks resumed in Istanbul " + mark + "\"}");
        try (Browser browser = Browser.shared()) {
            EditorDesk editor = new EditorDesk(browser, base).signIn("editor");
            editor.openDesk(en);
            editor.take("Talks resumed in Istanbul", "published", "translate");
            assertThat(browser.visible(By.cssSelector("#translate-dialog .translate-source")).getText())
                    .contains("Talks resumed in Istanbul " + mark);
            WebElement body = browser.visible(By.cssSelector("#translate-dialog .richtext"));
            body.click();
            body.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Переговори відновилися в Стамбулі " + mark);
            browser.screenshot("translate-this-update-en");
            browser.click(By.cssSelector("#translate-dialog button[type='submit']"));
            browser.waitFor(d -> d.findElements(By.id("translate-dialog")).isEmpty());
        }
        JsonObject posted = api.as("editor").get("api/briefings/" + uk + "/entries?limit=5").json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(posted.getString("body")).contains("Переговори відновилися в Стамбулі " + mark);
        assertThat(posted.getString("state")).isEqualTo("draft");
        assertThat(posted.getJsonNumber("translationOf").longValue()).isEqualTo(source);
        assertThat(api.as("editor").get("api/briefings/" + en + "/entries/" + source).json()
                .getJsonArray("translations").getJsonObject(0).getString("language")).isEqualTo("uk");
    }
}
