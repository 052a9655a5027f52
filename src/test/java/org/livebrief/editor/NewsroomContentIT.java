package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.livebrief.media.TestImages;
import org.livebrief.platform.Messages;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.MarkupRules;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue #17's "must show" in the browser, in English and Ukrainian: a reporter adds a picture (alt text, caption,
 * credit) and pastes the address of a video into the composer's embed panel, then submits the update; an editor
 * approves and publishes it on the desk. The reader page shows the picture with its caption and credit at one of our
 * renditions, and the video as a placeholder with the provider, the title and a link: no request has gone to the
 * provider, and its player loads only once the reader presses the button. The entry's own page has its Open Graph
 * tags (its own URL, the picture) and its date in the page's language.
 */
class NewsroomContentIT extends DeployedWar {

    private static final String PLAYER = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";

    /**
     * Posts and submits an update with a picture and an embed through the desk, and publishes it as an editor through
     * the desk.
     */
    private void postSubmitAndPublish(long briefing, String text, String url, String language) {
        try (Browser reporterBrowser = Browser.shared(); Browser editorBrowser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(reporterBrowser, base).signIn("reporter");
            if (!language.equals("en")) {
                reporter.switchLanguage(language);
            }
            reporter.openDesk(briefing);
            assertThat(reporterBrowser.visible(By.cssSelector(".embed-panel legend")).getText())
                    .isEqualTo(Messages.forLocale(Locale.forLanguageTag(language)).get("editor.desk.embed.legend"));
            reporter.type(text);
            Path photo = Files.createTempFile("photo", ".jpg");
            Files.write(photo, TestImages.plainJpeg(1200, 800));
            reporterBrowser.driver().findElement(By.cssSelector(".picture input[type=file]")).sendKeys(photo.toString());
            reporterBrowser.visible(By.cssSelector(".picture-preview"));
            Files.delete(photo);
            reporterBrowser.visible(By.cssSelector(".picture input[name=alt]")).sendKeys(ALT);
            reporterBrowser.visible(By.cssSelector(".picture input[name=caption]")).sendKeys(CAPTION);
            reporterBrowser.visible(By.cssSelector(".picture input[name=credit]")).sendKeys(CREDIT);
            reporterBrowser.visible(By.cssSelector(".embed-panel input.embed-url")).sendKeys(url);
            reporterBrowser.driver().findElement(By.id("composer-post")).click();
            reporter.take(text, "draft", "submit");
            reporter.entryIn(text, "submitted");

            EditorDesk editor = new EditorDesk(editorBrowser, base).signIn("editor");
            editor.openDesk(briefing);
            editor.take(text, "submitted", "approve");
            editor.take(text, "approved", "publish");
            editor.entryIn(text, "published");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String ALT = "Smoke over the port";
    private static final String CAPTION = "Odesa, this morning";
    private static final String CREDIT = "Photo: Test Agency";

    /** The picture with its alt text, caption and credit, shown at one of the renditions its srcset offers. */
    private static void picture(Browser reader) {
        WebElement img = reader.visible(By.cssSelector(".entry figure:not(.embed) img"));
        assertThat(img.getAttribute("alt")).isEqualTo(ALT);
        String srcset = img.getAttribute("srcset");
        assertThat(srcset).matches("(/livebrief/media/[0-9a-f]{40}-[0-9]+\\.jpg [0-9]+w(, )?)+").contains("1200w");
        Object shown = reader.waitFor(d -> ((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('.entry figure:not(.embed) img');"
                        + " return i.complete && i.naturalWidth > 0 ? new URL(i.currentSrc).pathname : null;"));
        String current = String.valueOf(shown);
        assertThat(java.util.Arrays.stream(srcset.split(", ")).map(c -> c.split(" ")[0]).toList())
                .as("the browser shows a rendition of the srcset, chosen by sizes").contains(current);
        String caption = img.findElement(By.xpath("following-sibling::figcaption")).getText();
        assertThat(caption).contains(CAPTION).contains(CREDIT);
    }

    /** The entry's own page: Open Graph with its own address and its picture, its date in the page's language. */
    private void entryPage(Browser reader, String slug, long entry, String language) {
        String own = base.resolve("briefings/" + slug + "/entries/" + entry).toString();
        reader.open(own);
        var meta = (java.util.function.Function<String, String>) property -> reader.driver()
                .findElement(By.cssSelector("meta[property='" + property + "']")).getAttribute("content");
        assertThat(meta.apply("og:url")).isEqualTo(own);
        assertThat(meta.apply("og:type")).isEqualTo("article");
        assertThat(meta.apply("og:title")).isNotBlank();
        assertThat(meta.apply("og:image")).startsWith(base.getScheme() + "://").contains("/livebrief/media/");
        assertThat(meta.apply("og:image:alt")).isEqualTo(ALT);
        assertThat(reader.driver().findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href")).isEqualTo(own);
        // The month as Java's own CLDR data names it in the page's language, the year the entry was published.
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Kyiv"));
        String month = java.time.format.DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag(language)).format(now);
        assertThat(reader.driver().findElement(By.cssSelector(".meta time")).getText()).as("the date in " + language)
                .contains(month.substring(month.indexOf(' ') + 1)).contains(String.valueOf(now.getYear()));
    }

    /** Every resource the page has fetched, by its address. */
    @SuppressWarnings("unchecked")
    private static List<String> fetched(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
    }

    /** Checks the placeholder, that nothing left for the provider, then loads the player with a click. */
    private void clickToLoad(Browser reader, String language) {
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
        WebElement figure = reader.visible(By.cssSelector(".entry figure.embed"));
        assertThat(figure.findElement(By.cssSelector("figcaption small")).getText()).isEqualTo("YouTube");
        WebElement link = figure.findElement(By.cssSelector("figcaption a"));
        assertThat(link.getAttribute("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        // The title YouTube gives, or the address where the provider cannot be asked (this machine is offline).
        assertThat(link.getText()).isNotBlank();
        WebElement button = reader.visible(By.cssSelector(".entry figure.embed button.embed-load"));
        assertThat(button.getText()).isEqualTo(messages.get("briefing.embed.show", "YouTube"));
        assertThat(figure.findElement(By.cssSelector(".embed-notice")).getText())
                .isEqualTo(messages.get("briefing.embed.notice", "YouTube"));

        JavascriptExecutor js = (JavascriptExecutor) reader.driver();
        assertThat(reader.driver().findElements(By.tagName("iframe"))).as("no player before the click").isEmpty();
        assertThat((List<?>) js.executeScript("return [...document.querySelectorAll('[src]')].map(e => e.src)"
                + ".filter(s => !s.startsWith(location.origin + '/'));")).as("nothing from elsewhere in the page").isEmpty();
        String origin = base.getScheme() + "://" + base.getAuthority() + "/";
        assertThat(fetched(reader)).as("no request has left for another site").isNotEmpty()
                .allSatisfy(address -> assertThat(address).startsWith(origin));
        assertThat((List<?>) js.executeScript(MarkupRules.domCheck(), true, null)).as("the page before the click").isEmpty();

        button.click();
        WebElement frame = reader.visible(By.cssSelector(".entry figure.embed iframe"));
        assertThat(frame.getAttribute("src")).isEqualTo(PLAYER);
        assertThat(frame.getAttribute("title")).isEqualTo(messages.get("briefing.embed.frameTitle", "YouTube"));
        assertThat(reader.driver().findElements(By.cssSelector(".entry figure.embed button"))).isEmpty();
        assertThat(link.getAttribute("href")).as("the link stays").isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat((List<?>) js.executeScript(MarkupRules.domCheck(), true, null)).as("the page with the player").isEmpty();
    }

    @Test
    void aReporterAddsAPictureAndAVideoAndReadersSeeBothInEnglish() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        String slug = Api.uniqueSlug("embed-en");
        long briefing = Newsroom.id(newsroom.briefing(slug, "en", "Europe/Kyiv"));
        String text = "The minister spoke to reporters " + slug;
        postSubmitAndPublish(briefing, text, "https://youtu.be/dQw4w9WgXcQ", "en");
        long entry = Newsroom.id(api.get("api/briefings/" + briefing + "/entries?limit=1").json().getJsonArray("items").getJsonObject(0));

        try (Browser reader = Browser.shared()) {
            reader.open(base.resolve("briefings/" + slug).toString());
            picture(reader);
            clickToLoad(reader, "en");
            entryPage(reader, slug, entry, "en");
            picture(reader);
            clickToLoad(reader, "en");
        }
    }

    @Test
    void aReporterAddsAPictureAndAVideoAndReadersSeeBothInUkrainian() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        String slug = Api.uniqueSlug("embed-uk");
        long briefing = Newsroom.id(newsroom.briefing(slug, "uk", "Europe/Kyiv"));
        String text = "Міністр говорив із журналістами " + slug;
        postSubmitAndPublish(briefing, text, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "uk");
        long entry = Newsroom.id(api.get("api/briefings/" + briefing + "/entries?limit=1").json().getJsonArray("items").getJsonObject(0));

        try (Browser reader = Browser.shared()) {
            reader.open(base.resolve("briefings/" + slug).toString());
            assertThat(reader.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
            picture(reader);
            clickToLoad(reader, "uk");
            entryPage(reader, slug, entry, "uk");
        }
    }
}
