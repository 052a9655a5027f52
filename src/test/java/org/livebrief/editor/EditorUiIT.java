package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livebrief.testing.SharedWar;
import org.livebrief.testing.Api;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** The editor UI: session sign-in and CSRF on the wire, then the desk in real browsers. */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(SharedWar.class)
@RunAsClient
class EditorUiIT {

    private static final String[] LANGUAGES = {"en", "uk", "ru"};
    private static final String SUBMITTED = "Journalists gather outside";

    private static String briefing() {
        return """
                {"slug": "%s", "language": "en", "title": "Session test", "timeZone": "Europe/Kyiv"}"""
                .formatted(Api.uniqueSlug("session"));
    }

    final URI base = SharedWar.base();

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
        Api.Reply fromTheUi = new Api(base).header("X-Requested-With", "livebrief-editor").post("api/briefings", briefing());
        assertThat(fromTheUi.status()).isEqualTo(401);
        assertThat(fromTheUi.header("WWW-Authenticate")).isNull();
    }

    @Test
    void aStateChangingRequestWithTheSessionCookieNeedsTheCsrfToken() {
        BrowserSession browser = new BrowserSession(base);
        HttpResponse<String> signedIn = browser.signIn("editor");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        HttpResponse<String> session = browser.send("GET", "api/session", null, null);
        assertThat(session.statusCode()).as("the session after sign-in: %s", session.body()).isEqualTo(200);
        String token = BrowserSession.json(session).getString("csrfToken");

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

    /** Issue #13, finding 10: the composer is the fixed TinyMCE and does not keep what its 6.x advisories abuse. */
    @Test
    void theComposerIsTheFixedTinyMceAndDropsEmbedsAndNoscript() {
        assumeBrowser();
        long briefing = Newsroom.id(new Newsroom(new Api(base)).briefing(Api.uniqueSlug("tiny"), "en", "Europe/Kyiv"));
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(briefing);
            browser.waitFor(d -> d.findElements(By.cssSelector(".composer iframe")).size() == 1);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            java.util.Map<?, ?> state = browser.waitFor(d -> (java.util.Map<?, ?>) js.executeScript("""
                    const ed = window.tinymce && window.tinymce.activeEditor;
                    if (!ed || !ed.initialized) return null;
                    return {version: tinymce.majorVersion + '.' + tinymce.minorVersion,
                            convert: ed.options.get('convert_unsafe_embeds'), sandbox: ed.options.get('sandbox_iframes')};
                    """));
            assertThat(state.get("version")).isEqualTo(System.getProperty("tinymce.version"));
            assertThat(state.get("convert")).isEqualTo(true);
            assertThat(state.get("sandbox")).isEqualTo(true);

            String svg = "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(
                    "<svg xmlns='http://www.w3.org/2000/svg' onload='parent.lbPwned=1'/>".getBytes(StandardCharsets.UTF_8));
            String loaded = (String) js.executeScript("""
                    const ed = tinymce.activeEditor;
                    ed.setContent(arguments[0]);
                    return ed.getBody().innerHTML;
                    """, "<p>Lead</p><object data=\"" + svg + "\" type=\"image/svg+xml\"></object>"
                    + "<embed src=\"" + svg + "\"><iframe src=\"https://example.org/\"></iframe>"
                    + "<noscript>&lt;/noscript&gt;&lt;img src=x onerror=parent.lbPwned=1&gt;</noscript><p>End</p>");
            assertThat(loaded).contains("Lead", "End").doesNotContainIgnoringCase("<object")
                    .doesNotContainIgnoringCase("<embed").doesNotContainIgnoringCase("<iframe")
                    .doesNotContainIgnoringCase("<noscript").doesNotContainIgnoringCase("onerror")
                    .doesNotContainIgnoringCase("onload").doesNotContainIgnoringCase("data:image/svg");
            assertThat(js.executeScript("return window.lbPwned === undefined")).isEqualTo(true);
        }
    }

    @Test
    void nameHintsSuggestTheHouseSpellingAndFixItInOneClick() {
        assumeBrowser();
        long briefing = Newsroom.id(new Newsroom(new Api(base)).briefing(Api.uniqueSlug("hints"), "en", "Europe/Kyiv"));
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(briefing);
            reporter.type("Zelensky visited Kiev and Zaporizhzhia.");
            String hints = browser.visible(By.cssSelector("#name-hints button[data-found='Zelensky']"))
                    .findElement(By.xpath("..")).getText();
            assertThat(hints).contains("Zelensky", "Zelenskiy");
            assertThat(browser.visible(By.id("name-hints")).getText()).contains("Kyiv", "Zaporizhzhya");
            // Underlined inside the text too, with the house spelling on hover.
            browser.waitFor(d -> reporter.underlined().keySet().containsAll(java.util.List.of("Zelensky", "Kiev", "Zaporizhzhia")));
            assertThat(reporter.underlined().get("Kiev")).contains("Kyiv").contains("Alt+Enter");
            browser.screenshot("desk-name-hints-en");
            reporter.fixName("Zelensky");
            browser.waitFor(d -> reporter.composerText().startsWith("Zelenskiy visited Kiev"));
            browser.waitFor(d -> d.findElements(By.cssSelector("#name-hints button[data-found='Zelensky']")).isEmpty());

            // The caret in an underlined name: a small toolbar offers the fix in one click …
            reporter.clickUnderlined("Zaporizhzhia");
            browser.screenshot("desk-name-hint-in-text-en");
            browser.click(By.xpath("//div[contains(@class,'tox-pop')]//button[contains(., 'Zaporizhzhya')]"));
            browser.waitFor(d -> reporter.composerText().contains("and Zaporizhzhya."));
            // … and Alt+Enter takes it from the keyboard.
            reporter.clickUnderlined("Kiev");
            reporter.press(Keys.ALT, Keys.ENTER);
            browser.waitFor(d -> reporter.composerText().equals("Zelenskiy visited Kyiv and Zaporizhzhya."));
            browser.waitFor(d -> reporter.underlined().isEmpty());

            // The underline never reaches the saved text.
            reporter.press(Keys.CONTROL, Keys.END);
            reporter.press(null, " Zelensky arrived.");
            browser.waitFor(d -> reporter.underlined().containsKey("Zelensky"));
            reporter.press(Keys.CONTROL, Keys.ENTER);
            Api staff = new Api(base).as("reporter");
            String saved = browser.waitFor(d -> staff.get("api/briefings/" + briefing + "/entries").json()
                    .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(entry -> entry.getString("body")).filter(body -> body.contains("arrived")).findFirst().orElse(null));
            assertThat(saved).contains("Zelenskiy visited Kyiv and Zaporizhzhya.").contains("Zelensky arrived")
                    .doesNotContain("lb-name-hint").doesNotContain("data-mce").doesNotContain("<span");
        }
    }

    @Test
    void ukrainianNameHintsPutTheHouseSpellingInTheCaseOfTheRussianForm() {
        assumeBrowser();
        // A made-up woman (…цька, Russian …цкая): her Russian dative/genitive/… …цкой is four Ukrainian cases.
        String masculine = Newsroom.madeUpSurname();
        String surname = masculine.substring(0, masculine.length() - 2) + "а";
        String russian = surname.replace("цька", "цкая").replace('і', 'и');
        String oblique = russian.substring(0, russian.length() - 2) + "ой";
        Api.Reply registered = new Api(base).as("editor").post("api/names", "{\"type\": \"person\", \"names\": {\"uk\": "
                + "\"Оксана " + surname + "\", \"ru\": \"Оксана " + russian + "\"}}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long briefing = Newsroom.id(new Newsroom(new Api(base)).briefing(Api.uniqueSlug("vidminky"), "uk", "Europe/Kyiv"));
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(briefing);
            reporter.type("Вибухи в Киеве. Слово " + oblique + ".");
            assertThat(browser.visible(By.cssSelector("#name-hints button[data-found='Киеве']")).getText()).contains("Києві");
            // The case cannot be told: the nominative as a hint, underlined, with no fix to click or Alt+Enter.
            assertThat(browser.visible(By.cssSelector("#name-hints li[data-found='" + oblique + "']")).getText())
                    .contains(surname);
            assertThat(browser.driver().findElements(By.cssSelector("#name-hints button[data-found='" + oblique + "']")))
                    .isEmpty();
            browser.waitFor(d -> reporter.underlined().keySet().containsAll(java.util.List.of("Киеве", oblique)));
            reporter.fixName("Киеве");
            browser.waitFor(d -> reporter.composerText().equals("Вибухи в Києві. Слово " + oblique + "."));
            reporter.clickUnderlined(oblique);
            reporter.press(Keys.ALT, Keys.ENTER);
            assertThat(reporter.composerText()).contains("Слово " + oblique);
        }
    }

    @Test
    void aReporterPostsAndSubmitsAnEditorPublishesCorrectsAndRetractsAndReadersSeeIt() {
        assumeBrowser();
        String slug = Api.uniqueSlug("desk");
        long briefing = Newsroom.id(new Newsroom(new Api(base)).briefing(slug, "en", "Europe/Kyiv"));
        String text = "Delegations arrive at Dolmabahce palace " + slug;
        try (Browser reporterBrowser = Browser.shared(); Browser editorBrowser = Browser.shared();
             Browser readerBrowser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(reporterBrowser, base).signIn("reporter");
            reporter.openDesk(briefing);
            reporter.post(text);
            reporter.take(text, "draft", "submit");
            assertThat(reporter.entryIn(text, "submitted").findElements(By.tagName("button"))).isEmpty();
            assertThat(reporterBrowser.driver().findElements(By.id("queue"))).isEmpty();
            reporterBrowser.screenshot("desk-reporter-en");
            Reader reader = new Reader(readerBrowser, base.resolve("briefings/" + slug));
            assertThat(reader.updates()).doesNotContain(text);

            EditorDesk editor = new EditorDesk(editorBrowser, base).signIn("editor");
            editor.openDesk(briefing);
            assertThat(editorBrowser.visible(By.id("queue")).getText()).contains(text);
            editorBrowser.waitFor(d -> "stream".equals(d.findElement(By.tagName("body")).getAttribute("data-desk-live")));
            String colleague = "Draft from a colleague " + slug;
            new Newsroom(new Api(base)).post(briefing, "reporter2", "{\"body\": \"" + colleague + "\"}");
            editor.entryIn(colleague, "draft");
            editor.take(text, "submitted", "approve");
            editor.take(text, "approved", "publish");
            editor.entryIn(text, "published");
            reader.waitUntilUpdatesContain(text);

            editor.correct(text, " and Istanbul", "Added the city");
            reader.waitUntilUpdatesContain("Added the city");
            editor.retract(text, "Wrong venue");
            reader.waitUntilUpdatesLack(text);
        }
    }

    @Test
    void schedulingTakesTheTimeInTheBriefingsZone() {
        assumeBrowser();
        Newsroom newsroom = new Newsroom(new Api(base));
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("schedule"), "en", "America/New_York"));
        newsroom.post(briefing, "reporter", "{\"body\": \"Embargoed: the joint statement.\"}");
        try (Browser browser = Browser.shared()) {
            EditorDesk desk = new EditorDesk(browser, base).signIn("editor");
            desk.openDesk(briefing);
            String wallClock = desk.schedule("joint statement");
            // The dialog offers an hour from now in New York; the card shows the same wall-clock time.
            assertThat(desk.entryIn("joint statement", "scheduled").getText()).contains(wallClock.substring(11, 16));
        }
    }

    @Test
    void theDeskRendersInEveryLanguageAndScreenshotsShowEachScreen() {
        assumeBrowser();
        long briefing = briefingWithEntriesInSeveralStates();
        try (Browser browser = Browser.shared()) {
            EditorDesk desk = new EditorDesk(browser, base);
            browser.open(base.resolve("editor/").toString());
            for (String language : LANGUAGES) {
                desk.switchLanguage(language);
                browser.visible(By.id("signin-username"));
                browser.screenshot("signin-" + language);
            }
            desk.switchLanguage("en");
            desk.signIn("editor");
            for (String language : LANGUAGES) {
                screenshotEachScreen(browser, desk, briefing, language);
            }
            assertThat(browser.visible(By.id("embed-code")).getAttribute("value")).contains("?embed=1\"");
            desk.switchLanguage("uk");
            assertThat(browser.visible(By.id("stream-title")).getText()).isEqualTo("Усі оновлення");
            assertThat(browser.visible(By.id("composer-post")).getText()).isEqualTo("Додати оновлення");
            assertThat(desk.entryIn(SUBMITTED, "submitted").getText()).containsIgnoringCase("На перевірці");
        }
    }

    @Test
    void theEmbedSnippetMakesTheIframeOnAHostPageFollowTheBriefingsHeight() throws Exception {
        assumeBrowser();
        Newsroom newsroom = new Newsroom(new Api(base));
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("embed-resize"), "en", "Europe/Kyiv"));
        newsroom.published(briefing, "{\"body\": \"<p>Talks begin at 10:00.</p>\"}");
        try (Browser browser = Browser.shared()) {
            EditorDesk desk = new EditorDesk(browser, base).signIn("editor");
            desk.openDesk(briefing);
            String snippet = browser.visible(By.id("embed-code")).getAttribute("value");
            try (HostPage host = new HostPage(snippet)) {
                browser.open(host.url());
                By frame = By.cssSelector("iframe[data-livebrief]");
                int first = browser.waitFor(d -> HostPage.pixels(d.findElement(frame).getCssValue("height"))
                        .filter(height -> height != 900).orElse(null));
                browser.screenshot("embed-host-before-en");
                newsroom.published(briefing, "{\"body\": \"<p>Both delegations confirm attendance.</p>"
                        + "<p>The talks are expected to last two days.</p><p>Journalists gather outside.</p>\"}");
                int grown = browser.waitFor(d -> HostPage.pixels(d.findElement(frame).getCssValue("height"))
                        .filter(height -> height > first).orElse(null));
                assertThat(grown).as("the iframe grew with the new update").isGreaterThan(first);
                browser.driver().switchTo().frame(browser.driver().findElement(frame));
                assertThat(browser.visible(By.id("updates")).getText()).contains("Journalists gather outside");
                browser.driver().switchTo().defaultContent();
                browser.screenshot("embed-host-after-en");
            }
        }
    }

    /** Issue #18 item 6: what an oEmbed consumer puts into a host page for an entry URL is a live, self-sizing embed. */
    @Test
    void theOEmbedHtmlOfAnEntryUrlEmbedsThatEntryAndSizesItself() throws Exception {
        assumeBrowser();
        Api api = new Api(base);
        Newsroom newsroom = new Newsroom(api);
        String slug = Api.uniqueSlug("oembed-host");
        long briefing = Newsroom.id(newsroom.briefing(slug, "en", "Europe/Kyiv"));
        newsroom.published(briefing, "{\"body\": \"<p>An earlier update.</p>\"}");
        long entry = newsroom.published(briefing, "{\"body\": \"<p>The delegations have arrived.</p>\"}");
        String pasted = org.jsoup.Jsoup.parse(api.get("briefings/" + slug + "/entries/" + entry).body())
                .selectFirst("link[rel=canonical]").attr("href");
        String html = org.livebrief.testing.OEmbedConsumer.embed(pasted, 600, 2000).orElseThrow().html();
        try (Browser browser = Browser.shared(); HostPage host = new HostPage(html)) {
            browser.open(host.url());
            By frame = By.cssSelector("iframe[data-livebrief]");
            int height = browser.waitFor(d -> HostPage.pixels(d.findElement(frame).getCssValue("height"))
                    .filter(h -> h != 480).orElse(null));
            assertThat(height).as("the loader sized the iframe to the entry's page").isPositive();
            browser.driver().switchTo().frame(browser.driver().findElement(frame));
            assertThat(browser.visible(By.id("entry-" + entry)).getText()).contains("The delegations have arrived");
            assertThat(browser.driver().findElements(By.cssSelector("header.masthead"))).isEmpty();
            browser.driver().switchTo().defaultContent();
            browser.screenshot("oembed-entry-host-en");
        }
    }

    @Test
    void theLiveReaderShowsTimesInThePagesLanguageInTheBriefingsZone() {
        assumeBrowser();
        Newsroom newsroom = new Newsroom(new Api(base));
        String slug = Api.uniqueSlug("reader-times");
        long briefing = Newsroom.id(newsroom.briefing(slug, "uk", "Asia/Tokyo"));
        long entry = newsroom.published(briefing, "{\"body\": \"<p>Сирени у Києві.</p>\"}");
        org.jsoup.nodes.Element served = org.jsoup.Jsoup.parse(new Api(base).get("briefings/" + slug).body())
                .selectFirst("#entry-" + entry + " a.time time");
        java.time.Instant published = java.time.Instant.parse(served.attr("datetime"));
        java.time.ZoneId tokyo = java.time.ZoneId.of("Asia/Tokyo");
        assertThat(served.text()).as("without JavaScript: the briefing's language (24-hour clock)")
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(tokyo).format(published));
        // This browser runs in en-US, but the page's language wins (issue #17, item 6): Ukrainian's 24-hour clock, in
        // Tokyo time as the page says.
        String expected = served.text();
        try (Browser browser = Browser.shared()) {
            Reader reader = new Reader(browser, base.resolve("briefings/" + slug));
            By time = By.cssSelector("#entry-" + entry + " a.time time");
            browser.waitFor(d -> HostPage.spaces(d.findElement(time).getText()).equals(expected));
            assertThat(browser.driver().findElement(time).getAttribute("datetime")).isEqualTo(served.attr("datetime"));
            long live = newsroom.published(briefing, "{\"body\": \"<p>Відбій тривоги.</p>\"}");
            reader.waitUntilUpdatesContain("Відбій тривоги");
            String arrived = browser.driver().findElement(By.cssSelector("#entry-" + live + " a.time time")).getText();
            assertThat(HostPage.spaces(arrived)).matches("\\d{2}:\\d{2}");
            browser.screenshot("reader-uk-in-en-US");
        }
    }

    private long briefingWithEntriesInSeveralStates() {
        Newsroom newsroom = new Newsroom(new Api(base));
        long briefing = Newsroom.id(newsroom.briefing(Api.uniqueSlug("screens"), "en", "Europe/Kyiv"));
        newsroom.published(briefing, "{\"body\": \"<p>Talks begin at <strong>10:00</strong>.</p>\", \"pinned\": true}");
        newsroom.published(briefing, "{\"body\": \"<p>Both delegations confirm attendance.</p>\", \"keyEvent\": true}");
        long submitted = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"" + SUBMITTED + ".\"}"));
        newsroom.transition(briefing, submitted, "submit", "reporter");
        newsroom.post(briefing, "reporter2", "{\"body\": \"Draft: traffic closures around the palace.\"}");
        return briefing;
    }

    private static void screenshotEachScreen(Browser browser, EditorDesk desk, long briefing, String language) {
        desk.switchLanguage(language);
        desk.openList();
        browser.screenshot("list-" + language);
        desk.openDesk(briefing);
        desk.entryIn(SUBMITTED, "submitted");
        browser.screenshot("desk-" + language);
        desk.take(SUBMITTED, "submitted", "reject");
        browser.visible(By.cssSelector("#reject-dialog textarea")).sendKeys("Needs a second source");
        browser.screenshot("dialog-reject-" + language);
        browser.visible(By.cssSelector("#reject-dialog textarea")).sendKeys(Keys.ESCAPE);
        browser.waitFor(d -> d.findElements(By.id("reject-dialog")).isEmpty());
    }

    /** Issue #17, item 3: the composer's headline field goes with the update, and is empty again for the next one. */
    @Test
    void aReporterGivesAnUpdateAHeadlineInTheComposer() {
        assumeBrowser();
        long briefing = Newsroom.id(new Newsroom(new Api(base)).briefing(Api.uniqueSlug("headline-ui"), "uk", "Europe/Kyiv"));
        try (Browser browser = Browser.shared()) {
            EditorDesk reporter = new EditorDesk(browser, base).signIn("reporter");
            reporter.openDesk(briefing);
            browser.waitFor(d -> d.findElements(By.cssSelector(".composer iframe")).size() == 1);
            org.openqa.selenium.WebElement headline = browser.visible(By.cssSelector(".composer input[name=headline]"));
            String label = browser.driver().findElement(By.cssSelector("label[for='" + headline.getAttribute("id") + "']")).getText();
            assertThat(label).isNotBlank().doesNotContain("editor.desk");
            headline.sendKeys("Переговори відновлено");
            headline.sendKeys(Keys.ENTER);  // on to the text, not a post
            browser.waitFor(d -> !"INPUT".equals(((JavascriptExecutor) d).executeScript("return document.activeElement.tagName")));
            reporter.post("Сторони повернулися до залу.");
            var entries = browser.waitFor(d -> {
                var list = new Api(base).as("reporter").get("api/briefings/" + briefing + "/entries").json().getJsonArray("items");
                return list.isEmpty() ? null : list;
            });
            assertThat(entries.getJsonObject(0).getString("headline")).isEqualTo("Переговори відновлено");
            assertThat(entries.getJsonObject(0).getString("body")).contains("Сторони повернулися до залу.");
            browser.waitFor(d -> d.findElement(By.cssSelector(".composer input[name=headline]")).getAttribute("value").isEmpty());
            String shown = browser.waitFor(d -> d.findElements(By.cssSelector("#stream .entry-card .entry-headline")).stream()
                    .map(org.openqa.selenium.WebElement::getText).filter(text -> !text.isEmpty()).findFirst().orElse(null));
            assertThat(shown).as("the desk shows the headline").isEqualTo("Переговори відновлено");

            // The author edits the draft's headline in the edit dialog.
            browser.click(By.cssSelector("#stream .entry-card button[data-action='edit']"));
            org.openqa.selenium.WebElement field = browser.visible(By.cssSelector("#edit-dialog input[name=headline]"));
            assertThat(field.getAttribute("value")).isEqualTo("Переговори відновлено");
            field.clear();
            field.sendKeys("Переговори тривають");
            browser.click(By.cssSelector("#edit-dialog button[type='submit']"));
            browser.waitFor(d -> d.findElements(By.id("edit-dialog")).isEmpty());
            long id = entries.getJsonObject(0).getJsonNumber("id").longValue();
            assertThat(new Api(base).as("reporter").get("api/briefings/" + briefing + "/entries/" + id).json().getString("headline"))
                    .isEqualTo("Переговори тривають");
        }
    }
}
