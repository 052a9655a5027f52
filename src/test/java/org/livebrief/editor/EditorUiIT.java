package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livebrief.testing.Api;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The editor UI: session sign-in and CSRF on the wire, then the desk in real browsers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorUiIT {

    private static String briefing() {
        return """
                {"slug": "%s", "language": "en", "title": "Session test", "timeZone": "Europe/Kyiv"}"""
                .formatted(Api.uniqueSlug("session"));
    }

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("livebrief.war")));
    }

    @ArquillianResource
    URI base;

    @Test
    void signInKeepsTheIdentityInTheSessionUntilSignOut() {
        BrowserSession browser = new BrowserSession(base);
        assertThat(browser.send("GET", "api/session", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> signedIn = browser.signIn("editor");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        assertThat(browser.current().getString("user")).isEqualTo("editor");
        assertThat(browser.current().getJsonArray("roles").getString(0)).isEqualTo("editor");

        assertThat(browser.send("DELETE", "api/session", null, browser.current().getString("csrfToken")).statusCode())
                .isEqualTo(204);
        assertThat(browser.send("GET", "api/session", null, null).statusCode()).isEqualTo(401);
        assertThat(browser.send("POST", "api/briefings", briefing(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutABrowserPrompt() {
        HttpResponse<String> refused = new BrowserSession(base).send("POST", "api/session",
                "{\"username\": \"editor\", \"password\": \"wrong\"}", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(BrowserSession.json(refused).getString("type")).endsWith("/sign-in-failed");
    }

    @Test
    void aStateChangingRequestWithTheSessionCookieNeedsTheCsrfToken() {
        BrowserSession browser = new BrowserSession(base);
        browser.signIn("editor");
        String token = browser.current().getString("csrfToken");

        HttpResponse<String> forged = browser.send("POST", "api/briefings", briefing(), null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(BrowserSession.json(forged).getString("type")).endsWith("/csrf");
        assertThat(browser.send("POST", "api/briefings", briefing(), token + "x").statusCode()).isEqualTo(403);
        assertThat(browser.send("POST", "api/briefings", briefing(), token).statusCode()).isEqualTo(201);
    }

    @Test
    void basicAuthWithoutASessionNeedsNoToken() {
        var created = new Api(base).as("editor").post("api/briefings", briefing());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void editorPagesAllowOnlyTheirOwnScripts() {
        HttpResponse<String> page = new BrowserSession(base).send("GET", "editor/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'"));
    }

    @Test
    void theReaderPageForEmbeddingHasNoMasthead() {
        String slug = Api.uniqueSlug("embed");
        new Newsroom(new Api(base)).briefing(slug, "en", "Europe/Kyiv");
        Api reader = new Api(base);
        assertThat(reader.get("briefings/" + slug).body()).contains("class=\"masthead\"");
        Api.Reply embedded = reader.get("briefings/" + slug + "?embed=1");
        assertThat(embedded.status()).isEqualTo(200);
        assertThat(embedded.body()).doesNotContain("class=\"masthead\"").contains("id=\"updates\"");
    }

    private static void assumeBrowser() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver "
                + "(/usr/bin/chromium, /usr/bin/chromedriver): apt-get install -y chromium chromium-driver");
    }

    @Test
    void aReporterPostsAndSubmitsAnEditorPublishesCorrectsAndRetractsAndReadersSeeIt() {
        assumeBrowser();
        String slug = Api.uniqueSlug("desk");
        long briefing = Newsroom.id(new Newsroom(new Api(base)).briefing(slug, "en", "Europe/Kyiv"));
        String text = "Delegations arrive at Dolmabahce palace " + slug;
        try (Browser reporterBrowser = new Browser(); Browser editorBrowser = new Browser();
             Browser readerBrowser = new Browser()) {
            EditorDesk reporter = new EditorDesk(reporterBrowser, base).signIn("reporter");
            reporter.openDesk(briefing);
            reporter.post(text);
            reporter.take(text, "draft", "submit");
            reporter.entryIn(text, "submitted");
            assertThat(reporter.entryIn(text, "submitted").findElements(By.cssSelector("button"))).isEmpty();

            Reader reader = new Reader(readerBrowser, base.resolve("briefings/" + slug));
            assertThat(reader.updates()).doesNotContain(text);

            EditorDesk editor = new EditorDesk(editorBrowser, base).signIn("editor");
            editor.openDesk(briefing);
            assertThat(editorBrowser.visible(By.id("queue")).getText()).contains(text);
            editor.take(text, "submitted", "approve");
            editor.take(text, "approved", "publish");
            editor.entryIn(text, "published");
            reader.waitUntilUpdatesContain(text);

            editor.take(text, "published", "correct");
            WebElement body = editorBrowser.visible(By.cssSelector("#correct-dialog .richtext"));
            body.click();
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " and Istanbul");
            editorBrowser.visible(By.cssSelector("#correct-dialog input[name='correctionNote']"))
                    .sendKeys("Added the city");
            editorBrowser.click(By.cssSelector("#correct-dialog button[type='submit']"));
            editorBrowser.visible(By.xpath("//div[@id='stream']//p[contains(., 'Added the city')]"));
            reader.waitUntilUpdatesContain("Added the city");

            editor.take(text, "published", "retract");
            editorBrowser.visible(By.cssSelector("#retract-dialog textarea[name='reason']")).sendKeys("Wrong venue");
            editorBrowser.click(By.cssSelector("#retract-dialog button[type='submit']"));
            editor.entryIn(text, "retracted");
            reader.waitUntilUpdatesLack(text);
        }
    }

    @Test
    void theDeskRendersInEveryLanguageAndScreenshotsShowEachScreen() {
        assumeBrowser();
        Newsroom newsroom = new Newsroom(new Api(base));
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("screens"), "en", "Europe/Kyiv"));
        newsroom.published(briefing, "{\"body\": \"<p>Talks begin at <strong>10:00</strong>.</p>\", \"pinned\": true}");
        newsroom.published(briefing, "{\"body\": \"<p>Both delegations confirm attendance.</p>\", \"keyEvent\": true}");
        long submitted = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Journalists gather outside.\"}"));
        newsroom.transition(briefing, submitted, "submit", "reporter");
        newsroom.post(briefing, "reporter2", "{\"body\": \"Draft: traffic closures around the palace.\"}");
        try (Browser browser = new Browser()) {
            EditorDesk desk = new EditorDesk(browser, base);
            browser.open(base.resolve("editor/").toString());
            for (String language : new String[] {"en", "uk", "ru"}) {
                desk.switchLanguage(language);
                browser.visible(By.id("signin-username"));
                browser.screenshot("signin-" + language);
            }
            desk.switchLanguage("en");
            desk.signIn("editor");
            for (String language : new String[] {"en", "uk", "ru"}) {
                desk.switchLanguage(language);
                desk.openList();
                browser.screenshot("list-" + language);
                desk.openDesk(briefing);
                desk.entryIn("Journalists gather outside", "submitted");
                browser.screenshot("desk-" + language);
                desk.take("Journalists gather outside", "submitted", "reject");
                browser.visible(By.cssSelector("#reject-dialog textarea"));
                browser.screenshot("dialog-reject-" + language);
                browser.visible(By.cssSelector("#reject-dialog textarea")).sendKeys(Keys.ESCAPE);
                browser.waitFor(d -> d.findElements(By.id("reject-dialog")).isEmpty());
            }
            assertThat(browser.visible(By.id("embed-code")).getAttribute("value")).contains("?embed=1\"");
            desk.switchLanguage("en");
            desk.take("traffic closures", "draft", "schedule");
            String at = browser.visible(By.cssSelector("#schedule-dialog input[type='datetime-local']")).getAttribute("value");
            browser.screenshot("dialog-schedule-en");
            browser.click(By.cssSelector("#schedule-dialog button[type='submit']"));
            // The default is an hour from now in the briefing's zone; the card shows the same wall-clock time.
            assertThat(desk.entryIn("traffic closures", "scheduled").getText()).contains(at.substring(11, 16));
            desk.switchLanguage("uk");
            assertThat(browser.visible(By.id("stream-title")).getText()).isEqualTo("Усі оновлення");
            assertThat(browser.visible(By.id("composer-post")).getText()).isEqualTo("Додати оновлення");
            assertThat(desk.entryIn("Journalists gather outside", "submitted").getText()).containsIgnoringCase("На перевірці");
        }
    }
}
