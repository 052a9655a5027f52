package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.Messages;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.MarkupRules;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue #17, item 2 in the browser, in English and Ukrainian: a reporter pastes the address of a video into the
 * composer's embed panel and submits the update; an editor publishes it; the reader page (and the entry's own page)
 * shows a placeholder with the provider, the title and a link, has made no request to the provider, and shows the
 * provider's player only once the reader presses the button.
 */
class EmbedsBrowserIT extends DeployedWar {

    private static final String PLAYER = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";

    /** Posts and submits an update with an embed through the desk, and publishes it as an editor through the desk. */
    private void postSubmitAndPublish(long briefing, String text, String url, String language) {
        try (Browser reporterBrowser = new Browser(); Browser editorBrowser = new Browser()) {
            EditorDesk reporter = new EditorDesk(reporterBrowser, base).signIn("reporter");
            if (!language.equals("en")) {
                reporter.switchLanguage(language);
            }
            reporter.openDesk(briefing);
            assertThat(reporterBrowser.visible(By.cssSelector(".embed-panel legend")).getText())
                    .isEqualTo(Messages.forLocale(Locale.forLanguageTag(language)).get("editor.desk.embed.legend"));
            reporter.type(text);
            reporterBrowser.visible(By.cssSelector(".embed-panel input.embed-url")).sendKeys(url);
            reporterBrowser.driver().findElement(By.id("composer-post")).click();
            reporter.take(text, "draft", "submit");
            reporter.entryIn(text, "submitted");

            EditorDesk editor = new EditorDesk(editorBrowser, base).signIn("editor");
            editor.openDesk(briefing);
            editor.take(text, "submitted", "approve");
            editor.take(text, "approved", "publish");
            editor.entryIn(text, "published");
        }
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
    void aReporterEmbedsAVideoAndReadersLoadItOnlyByClickingInEnglish() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        String slug = Api.uniqueSlug("embed-en");
        long briefing = Newsroom.id(newsroom.briefing(slug, "en", "Europe/Kyiv"));
        String text = "The minister spoke to reporters " + slug;
        postSubmitAndPublish(briefing, text, "https://youtu.be/dQw4w9WgXcQ", "en");
        long entry = Newsroom.id(api.get("api/briefings/" + briefing + "/entries?limit=1").json().getJsonArray("items").getJsonObject(0));

        try (Browser reader = new Browser()) {
            reader.open(base.resolve("briefings/" + slug).toString());
            clickToLoad(reader, "en");
            reader.open(base.resolve("briefings/" + slug + "/entries/" + entry).toString());
            clickToLoad(reader, "en");
        }
    }

    @Test
    void aReporterEmbedsAVideoAndReadersLoadItOnlyByClickingInUkrainian() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
        String slug = Api.uniqueSlug("embed-uk");
        long briefing = Newsroom.id(newsroom.briefing(slug, "uk", "Europe/Kyiv"));
        String text = "Міністр говорив із журналістами " + slug;
        postSubmitAndPublish(briefing, text, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "uk");

        try (Browser reader = new Browser()) {
            reader.open(base.resolve("briefings/" + slug).toString());
            assertThat(reader.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uk");
            clickToLoad(reader, "uk");
        }
    }
}
