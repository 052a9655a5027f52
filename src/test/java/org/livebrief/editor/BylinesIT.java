package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.livebrief.media.TestImages;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #17, item 4 in the browser: a reporter signs an update with a stringer's profile and gives it a dateline
 * found by the place's name; an admin edits a profile and gives it a picture in the editor's Bylines screen. The
 * reader page then shows the dateline, the names and the picture.
 */
class BylinesIT extends DeployedWar {

    private static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    }

    private long stringer(String en, String uk) {
        Api.Reply made = api.as("admin").post("api/contributors",
                "{\"displayName\": {\"en\": \"" + en + "\", \"uk\": \"" + uk + "\"}, \"role\": \"Stringer\"}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return Newsroom.id(made.json());
    }

    @Test
    void aReporterSignsAnUpdateWithAStringerAndADatelineFoundByNameInUkrainian() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        String en = unique("Petro Stringer ");
        String uk = unique("Петро Позаштатний ");
        long profile = stringer(en, uk);
        String town = Newsroom.madeUpSurname().replace("цький", "ине");
        Api.Reply place = api.as("editor").post("api/names",
                "{\"type\": \"place\", \"names\": {\"uk\": \"" + town + "\"}}");
        assertThat(place.status()).as(place.toString()).isEqualTo(201);
        long placeId = Newsroom.id(place.json());
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("bylines-ui"), "uk", "Europe/Kyiv");
        long id = Newsroom.id(briefing);
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.switchLanguage("uk");
            reporter.openDesk(id);
            reporter.type("Обстріл уночі, двоє поранених.");
            browser.waitFor(d -> d.findElements(By.cssSelector(".byline-add option[value='" + profile + "']")).size() == 1);
            new Select(browser.visible(By.cssSelector(".byline-add"))).selectByValue(String.valueOf(profile));
            assertThat(browser.visible(By.cssSelector(".byline-chosen li")).getText()).contains(uk);
            // The place is found by a part of its name; the first letters in Latin would find it too (names across scripts).
            browser.visible(By.cssSelector(".byline-dateline")).sendKeys(town.substring(0, town.length() - 1));
            browser.click(By.cssSelector(".byline-places li[data-place='" + placeId + "']"));
            assertThat(browser.visible(By.cssSelector(".byline-place")).getText()).contains(town);
            browser.driver().findElement(By.id("composer-post")).click();
            JsonObject entry = browser.waitFor(d -> {
                var items = api.as("reporter").get("api/briefings/" + id + "/entries?limit=1").json().getJsonArray("items");
                return items.isEmpty() ? null : items.getJsonObject(0);
            });
            assertThat(entry.getJsonArray("contributors").getJsonNumber(0).longValue()).isEqualTo(profile);
            assertThat(entry.getJsonNumber("dateline").longValue()).isEqualTo(placeId);
            assertThat(browser.driver().findElements(By.cssSelector(".byline-chosen li[data-contributor]")))
                    .as("the panel is cleared for the next update").isEmpty();

            assertThat(newsroom.transition(id, Newsroom.id(entry), "publish", "editor").status()).isEqualTo(200);
            browser.open(base.resolve("briefings/" + briefing.getString("slug")).toString());
            WebElement article = browser.visible(By.id("entry-" + Newsroom.id(entry)));
            assertThat(article.findElement(By.cssSelector(".body p .dateline")).getText())
                    .isEqualTo(town.toUpperCase(Locale.forLanguageTag("uk")) + " —");
            assertThat(article.findElement(By.cssSelector(".byline")).getText()).contains(uk).doesNotContain("reporter");
        }
    }

    @Test
    void anAdminEditsAProfileAndGivesItAPictureThatShowsBesideTheByline() throws IOException {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        String en = unique("Olha Wire ");
        long profile = stringer(en, unique("Ольга "));
        Path photo = Files.createTempFile("face", ".jpg");
        Files.write(photo, TestImages.plainJpeg(200, 200));
        try (Browser browser = Browser.shared()) {
            new EditorDesk(browser, base).signIn("admin");
            browser.click(By.id("nav-profiles"));
            WebElement form = browser.waitFor(d -> d.findElements(By.cssSelector("form.profile")).stream()
                    .filter(f -> f.getText().contains(en)).findFirst().orElse(null));
            WebElement role = form.findElement(By.cssSelector("input[id$='-role']"));
            role.clear();
            role.sendKeys("Odesa stringer");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(d -> "Odesa stringer".equals(api.as("admin").get("api/contributors/" + profile).json()
                    .getString("role", null)));
            // The list redraws after a save: find the form again, then give the profile its picture.
            WebElement file = browser.waitFor(d -> d.findElements(By.cssSelector("form.profile")).stream()
                    .filter(f -> f.getText().contains(en)).findFirst().orElse(null)).findElement(By.cssSelector("input[type=file]"));
            file.sendKeys(photo.toString());
            String avatar = browser.waitFor(d -> api.as("admin").get("api/contributors/" + profile).json()
                    .getString("avatar", null));
            assertThat(avatar).matches("/livebrief/media/[0-9a-f]{40}-[0-9]+\\.jpg");
        } finally {
            Files.deleteIfExists(photo);
        }
        JsonObject briefing = newsroom.briefing(Api.uniqueSlug("avatar"), "en", "Europe/Kyiv");
        long id = Newsroom.id(briefing);
        long entry = Newsroom.id(newsroom.post(id, "reporter", "{\"body\": \"Port reopened.\", \"contributors\": [" + profile + "]}"));
        assertThat(newsroom.transition(id, entry, "publish", "editor").status()).isEqualTo(200);
        var page = org.jsoup.Jsoup.parse(api.get("briefings/" + briefing.getString("slug")).body());
        var img = page.getElementById("entry-" + entry).selectFirst(".byline img.avatar");
        assertThat(img).as("the picture beside the byline").isNotNull();
        assertThat(api.get(img.attr("src").substring("/livebrief/".length())).status()).isEqualTo(200);
        assertThat(page.getElementById("entry-" + entry).selectFirst(".byline").text()).contains("By " + en);
    }
}
