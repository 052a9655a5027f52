package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.media.TestImages;
import org.livebrief.platform.Messages;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue #17, item 1 in the browser: a reporter adds a picture to an update by the file picker, by pasting it into
 * the text and by dropping it on the panel; it uploads with a progress bar, alt text is required before the update
 * is posted, and once an editor publishes it the reader page shows the picture at our renditions with its alt text,
 * caption and credit.
 */
class PictureUploadIT extends DeployedWar {

    private JsonObject briefing() {
        return newsroom.briefing(Api.uniqueSlug("pictures"), "en", "Europe/Kyiv");
    }

    /** The newest entry of the briefing, as the reporter sees it, once the desk has posted it. */
    private JsonObject newestEntry(long briefing, Browser browser) {
        return browser.waitFor(d -> {
            var items = api.as("reporter").get("api/briefings/" + briefing + "/entries?limit=1").json().getJsonArray("items");
            return items.isEmpty() ? null : items.getJsonObject(0);
        });
    }

    private static void fill(Browser browser, String alt, String caption, String credit) {
        WebElement altField = browser.visible(By.cssSelector(".picture input[name=alt]"));
        altField.clear();
        altField.sendKeys(alt);
        browser.visible(By.cssSelector(".picture input[name=caption]")).sendKeys(caption);
        browser.visible(By.cssSelector(".picture input[name=credit]")).sendKeys(credit);
    }

    @Test
    void aPictureChosenWithThePickerShowsOnTheReaderPageWithAltCaptionAndCredit() throws IOException {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        JsonObject made = briefing();
        long id = Newsroom.id(made);
        Path photo = Files.createTempFile("camera", ".jpg");
        Files.write(photo, TestImages.cameraJpeg());
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(id);
            reporter.type("Rescue work goes on.");
            browser.driver().findElement(By.cssSelector(".picture input[type=file]")).sendKeys(photo.toString());
            browser.visible(By.cssSelector(".picture-preview"));
            assertThat(browser.driver().findElement(By.cssSelector(".picture progress")).isDisplayed())
                    .as("the progress bar goes once the upload is done").isFalse();
            fill(browser, "Rescuers at a damaged building", "Kyiv, this morning", "Photo: Test Agency");
            browser.driver().findElement(By.id("composer-post")).click();
            JsonObject entry = newestEntry(id, browser);
            assertThat(entry.getString("body")).contains("<figure>").contains("Rescue work goes on.");
            Files.delete(photo);

            assertThat(newsroom.transition(id, Newsroom.id(entry), "publish", "editor").status()).isEqualTo(200);
            browser.open(base.resolve("briefings/" + made.getString("slug")).toString());
            WebElement img = browser.visible(By.cssSelector(".entry figure img"));
            assertThat(img.getAttribute("alt")).isEqualTo("Rescuers at a damaged building");
            assertThat(img.getAttribute("srcset")).matches("(/livebrief/media/[0-9a-f]{40}-[0-9]+\\.jpg [0-9]+w(, )?)+");
            assertThat(img.getAttribute("sizes")).isNotBlank();
            // With srcset, naturalWidth is scaled to the slot (sizes), so the shape tells whether it stands upright.
            Object tall = browser.waitFor(d -> ((JavascriptExecutor) d).executeScript(
                    "const i = document.querySelector('.entry figure img');"
                    + " return i.complete && i.naturalWidth > 0 ? i.naturalHeight / i.naturalWidth : null;"));
            assertThat(((Number) tall).doubleValue()).as("upright: the camera's sideways 200 x 100 turned")
                    .isEqualTo(2.0);
            assertThat(String.valueOf(((JavascriptExecutor) browser.driver())
                    .executeScript("return document.querySelector('.entry figure img').currentSrc;")))
                    .contains("/livebrief/media/");
            String caption = browser.visible(By.cssSelector(".entry figure figcaption")).getText();
            assertThat(caption).contains("Kyiv, this morning").contains("Photo: Test Agency");
            // The browser tests' DOM rules admit our own picture in a figure, and still refuse any other image.
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            assertThat((List<?>) js.executeScript(org.livebrief.testing.MarkupRules.domCheck(), true, null))
                    .as("the reader page with its picture").isEmpty();
            js.executeScript("const i = document.createElement('img'); i.src = 'https://tracker.example/p.gif';"
                    + " document.querySelector('.entry figure').appendChild(i);");
            assertThat((List<?>) js.executeScript(org.livebrief.testing.MarkupRules.domCheck(), true, null))
                    .as("another site's image").anyMatch(v -> String.valueOf(v).contains("tracker.example"));
        }
    }

    @Test
    void aPastedPictureNeedsItsAltTextBeforeTheUpdateIsPostedInUkrainianToo() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        long id = Newsroom.id(briefing());
        String png = Base64.getEncoder().encodeToString(TestImages.plainPng(300, 200, false));
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.switchLanguage("uk");
            reporter.openDesk(id);
            reporter.type("Вибухи в Одесі.");
            browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions
                    .frameToBeAvailableAndSwitchToIt(By.cssSelector(".composer iframe")));
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
                    const data = new DataTransfer();
                    data.items.add(new File([bytes], 'pasted.png', {type: 'image/png'}));
                    document.body.dispatchEvent(new ClipboardEvent('paste',
                        {clipboardData: data, bubbles: true, cancelable: true}));""", png);
            browser.driver().switchTo().defaultContent();
            browser.visible(By.cssSelector(".picture-preview"));

            browser.driver().findElement(By.id("composer-post")).click();
            String altRequired = Messages.forLocale(Locale.forLanguageTag("uk")).get("editor.desk.picture.altRequired");
            browser.waitFor(d -> altRequired.equals(d.findElement(By.id("status")).getText()));
            assertThat(api.as("reporter").get("api/briefings/" + id + "/entries").json().getJsonArray("items"))
                    .as("nothing was posted without alt text").isEmpty();

            fill(browser, "Дим над портом", "", "");
            browser.driver().findElement(By.id("composer-post")).click();
            JsonObject entry = newestEntry(id, browser);
            assertThat(entry.getString("body")).contains("Вибухи в Одесі.").contains("alt=\"Дим над портом\"")
                    .contains("/livebrief/media/");
        }
    }

    @Test
    void aDroppedPictureUploadsAndAFileThatIsNotOneIsRefusedInWords() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        long id = Newsroom.id(briefing());
        String gif = Base64.getEncoder().encodeToString(TestImages.animatedGif());
        String svg = Base64.getEncoder().encodeToString("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes());
        String drop = """
                const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], arguments[1], {type: arguments[2]}));
                const panel = document.querySelector('.picture');
                panel.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}));
                panel.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));""";
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(id);
            reporter.type("The front line this week.");
            browser.visible(By.cssSelector(".picture"));
            ((JavascriptExecutor) browser.driver()).executeScript(drop, svg, "drawing.svg", "image/svg+xml");
            String notAnImage = Messages.forLocale(Locale.ENGLISH).get("editor.desk.picture.notAnImage");
            browser.waitFor(d -> notAnImage.equals(d.findElement(By.cssSelector(".picture-message")).getText()));
            assertThat(browser.driver().findElement(By.cssSelector(".picture-message")).getAttribute("data-kind"))
                    .isEqualTo("error");

            ((JavascriptExecutor) browser.driver()).executeScript(drop, gif, "loop.gif", "image/gif");
            browser.visible(By.cssSelector(".picture-preview"));
            fill(browser, "A looping map of the front line", "", "");
            assertThat(browser.driver().findElement(By.cssSelector(".picture-message")).getAttribute("data-kind"))
                    .as("the earlier refusal is no longer shown as one").isNull();
            browser.driver().findElement(By.id("composer-post")).click();
            JsonObject entry = newestEntry(id, browser);
            assertThat(entry.getString("body")).containsPattern("/livebrief/media/[0-9a-f]{40}-40\\.gif");
        }
    }
}
