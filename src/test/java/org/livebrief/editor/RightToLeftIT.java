package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livebrief.platform.Messages;
import org.livebrief.testing.SharedWar;
import org.livebrief.testing.Api;
import org.livebrief.testing.Newsroom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue #18, items 1–3, as a reader of a Persian briefing sees them in Chromium: the page and its embed run right to
 * left, times are in Persian digits, the Solar Hijri date stands beside the Gregorian one, the chrome is Persian, and a
 * Persian sentence with a Latin name in it keeps its order on the screen; an update that arrives live is formatted the
 * same way by the live script. The same checks on a Ukrainian page find it as it was: left to right, Latin digits,
 * Gregorian only, Ukrainian chrome. And the API refuses unknown languages, scripts and calendars with a 400 problem.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(SharedWar.class)
@RunAsClient
class RightToLeftIT {

    /** Zelensky said "the talks go on": a Persian sentence with the Latin form of the name in brackets. */
    private static final String MIXED = "ولودیمیر زلنسکی (Volodymyr Zelensky) گفت «گفت‌وگوها ادامه دارد».";
    private static final String PERSIAN_DIGITS = "[۰-۹]";
    private static final String TEHRAN = "Asia/Tehran";

    final URI base = SharedWar.base();

    private record Story(long id, String slug, String language) {
    }

    private Story story(String language, String zone, String title, String body) {
        Api api = new Api(base);
        String slug = Api.uniqueSlug("dir-" + language);
        Api.Reply created = api.as("editor").post("api/briefings", Json.createObjectBuilder().add("slug", slug)
                .add("language", language).add("title", title).add("timeZone", zone).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = Newsroom.id(created.json());
        new Newsroom(api).published(id, Json.createObjectBuilder().add("body", body).build().toString());
        return new Story(id, slug, language);
    }

    private Story persian() {
        return story("fa", TEHRAN, "گفت‌وگوهای استانبول", "<p>" + MIXED + "</p>");
    }

    private Story ukrainian() {
        return story("uk", "Europe/Kyiv", "Переговори у Стамбулі",
                "<p>Володимир Зеленський (Volodymyr Zelensky) сказав: «Переговори тривають».</p>");
    }

    private String page(Story story, boolean embed) {
        return base.resolve("briefings/" + story.slug() + (embed ? "?embed=1" : "")).toString();
    }

    private static void assumeBrowser() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver");
    }

    private static Object script(Browser browser, String js, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
    }

    /** Today in the briefing's zone in one calendar, as CLDR writes it in {@code language}: what the date line shows. */
    private static String today(String language, String calendar, String zone) {
        ULocale locale = ULocale.forLanguageTag(language).setKeywordValue("calendar", calendar);
        DateFormat format = DateFormat.getInstanceForSkeleton(Calendar.getInstance(TimeZone.getTimeZone(zone), locale),
                "yMMMMd", locale);
        return format.format(new Date());
    }

    @Test
    void aPersianPageRunsRightToLeftInPersianDigitsWithTheSolarHijriDateBesideTheGregorian() {
        assumeBrowser();
        Story story = persian();
        Messages fa = Messages.forLanguage("fa");
        try (Browser browser = Browser.shared()) {
            browser.open(page(story, false));
            browser.visible(By.cssSelector("#updates article.entry"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.driver().findElement(By.cssSelector("main.briefing")).getCssValue("direction")).isEqualTo("rtl");
            // Chrome in Persian
            assertThat(browser.visible(By.cssSelector(".live-badge")).getText()).isEqualTo(fa.get("briefing.page.liveNow"));
            // share.js makes the share link "Copy link" where the browser cannot share (headless Chromium)
            assertThat(browser.driver().findElement(By.cssSelector(".entry .share")).getText())
                    .isIn(fa.get("briefing.entry.share"), fa.get("briefing.entry.copyLink"));
            String by = fa.get("briefing.page.by", "");
            assertThat(browser.driver().findElement(By.cssSelector(".entry .byline")).getText()).startsWith(by.strip());
            // Times in Persian digits, ISO Gregorian in datetime
            String time = browser.waitFor(d -> {
                String text = d.findElement(By.cssSelector("#updates a.time time")).getText();
                return text.matches(PERSIAN_DIGITS + "{2}:" + PERSIAN_DIGITS + "{2}") ? text : null;
            });
            assertThat(time).doesNotContainPattern("[0-9]");
            assertThat(browser.driver().findElement(By.cssSelector("#updates a.time time")).getAttribute("datetime"))
                    .matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            // The Solar Hijri date, then the Gregorian, both in Persian
            String dateline = browser.driver().findElement(By.cssSelector(".briefing-head .dateline time")).getText();
            assertThat(dateline).isEqualTo(today("fa", "persian", TEHRAN) + " — " + today("fa", "gregorian", TEHRAN));
            assertThat(dateline).contains("۱۴۰").doesNotContainPattern("[0-9]");
            assertThat(browser.driver().findElement(By.cssSelector(".briefing-head .meta")).getText())
                    .doesNotContainPattern("[0-9]{2}:[0-9]{2}");

            // The mixed sentence keeps its logical order on the screen: in a right-to-left line the Persian word
            // before the name stands to the right of the name, the word after it to the left, and the Latin name
            // reads left to right inside.
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) script(browser, """
                    const text = document.querySelector('#updates .entry .body p').firstChild;
                    const rect = (word) => {
                      const range = document.createRange();
                      const at = text.data.indexOf(word);
                      range.setStart(text, at);
                      range.setEnd(text, at + word.length);
                      const r = range.getBoundingClientRect();
                      return { left: r.left, right: r.right, top: r.top };
                    };
                    return { before: rect('زلنسکی'), first: rect('Volodymyr'), last: rect('Zelensky'),
                             after: rect('گفت ') };""");
            double beforeLeft = coordinate(box, "before", "left");
            double firstLeft = coordinate(box, "first", "left");
            double firstRight = coordinate(box, "first", "right");
            double lastLeft = coordinate(box, "last", "left");
            double lastRight = coordinate(box, "last", "right");
            double afterRight = coordinate(box, "after", "right");
            assertThat(coordinate(box, "before", "top")).as("one line").isEqualTo(coordinate(box, "after", "top"));
            assertThat(beforeLeft).as("زلنسکی right of the Latin name").isGreaterThanOrEqualTo(lastRight);
            assertThat(firstRight).as("Volodymyr left of Zelensky").isLessThanOrEqualTo(lastLeft);
            assertThat(afterRight).as("گفت left of the Latin name").isLessThanOrEqualTo(firstLeft);
            browser.screenshot("rtl-persian-page");

            // An update that arrives live: formatted by the live script in Persian digits, Persian chrome.
            long arrived = new Newsroom(new Api(base)).published(story.id(),
                    Json.createObjectBuilder().add("body", "<p>دور دوم گفت‌وگوها آغاز شد.</p>").build().toString());
            String liveTime = browser.waitFor(d -> {
                List<org.openqa.selenium.WebElement> found = d.findElements(By.cssSelector("#entry-" + arrived + " a.time time"));
                return found.isEmpty() || found.get(0).getText().isEmpty() ? null : found.get(0).getText();
            });
            assertThat(liveTime).matches(PERSIAN_DIGITS + "{2}:" + PERSIAN_DIGITS + "{2}");
            assertThat(browser.driver().findElement(By.cssSelector("#entry-" + arrived + " .byline")).getText())
                    .startsWith(by.strip());
        }
    }

    private static double coordinate(Map<String, Object> box, String word, String side) {
        @SuppressWarnings("unchecked")
        Map<String, Object> rect = (Map<String, Object>) box.get(word);
        return ((Number) rect.get(side)).doubleValue();
    }

    @Test
    void thePersianEmbedRunsRightToLeftInsideALeftToRightHostPage() {
        assumeBrowser();
        Story story = persian();
        String snippet = "<iframe src=\"" + page(story, true) + "\" title=\"Livebrief\" data-livebrief width=\"100%\" "
                + "height=\"900\" style=\"border:0;width:100%\"></iframe><script src=\"" + base.resolve("live/embed.js")
                + "\" async></script>";
        try (Browser browser = Browser.shared(); HostPage host = new HostPage(snippet)) {
            browser.open(host.url());
            assertThat(browser.driver().findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("ltr");
            browser.driver().switchTo().frame(browser.visible(By.cssSelector("iframe[data-livebrief]")));
            browser.visible(By.cssSelector("#updates article.entry"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.driver().findElement(By.cssSelector("main.briefing")).getCssValue("direction")).isEqualTo("rtl");
            assertThat(browser.driver().findElement(By.cssSelector(".live-badge")).getText())
                    .isEqualTo(Messages.forLanguage("fa").get("briefing.page.liveNow"));
            assertThat(browser.driver().findElement(By.cssSelector(".dateline")).getText()).contains(" — ")
                    .doesNotContainPattern("[0-9]");
            browser.driver().switchTo().defaultContent();
            browser.screenshot("rtl-persian-embed");
        }
    }

    @Test
    void theSameChecksFindAUkrainianPageAsItWas() {
        assumeBrowser();
        Story story = ukrainian();
        Messages uk = Messages.forLanguage("uk");
        try (Browser browser = Browser.shared()) {
            for (boolean embed : new boolean[] {false, true}) {
                browser.open(page(story, embed));
                browser.visible(By.cssSelector("#updates article.entry"));
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
                assertThat(browser.driver().findElement(By.cssSelector("main.briefing")).getCssValue("direction"))
                        .isEqualTo("ltr");
                assertThat(browser.driver().findElement(By.cssSelector(".live-badge")).getText())
                        .isEqualToIgnoringCase(uk.get("briefing.page.liveNow")); // text-transform: uppercase
                assertThat(browser.driver().findElements(By.cssSelector(".dateline"))).as("Gregorian only").isEmpty();
                assertThat(browser.driver().findElement(By.cssSelector("#updates a.time time")).getText())
                        .matches("\\d{2}:\\d{2}");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) script(browser, """
                    const text = document.querySelector('#updates .entry .body p').firstChild;
                    const left = (word) => {
                      const range = document.createRange();
                      const at = text.data.indexOf(word);
                      range.setStart(text, at);
                      range.setEnd(text, at + word.length);
                      return range.getBoundingClientRect().left;
                    };
                    return { before: left('Зеленський'), name: left('Volodymyr') };""");
            assertThat(((Number) box.get("before")).doubleValue()).isLessThan(((Number) box.get("name")).doubleValue());
        }
    }

    @Test
    void unknownLanguagesScriptsAndCalendarsAreA400Problem() {
        Api api = new Api(base);
        for (String language : List.of("xx", "sr-Xxxx", "en-QQ", "not a tag")) {
            Api.Reply refused = api.as("editor").post("api/briefings", Json.createObjectBuilder()
                    .add("slug", Api.uniqueSlug("bad-language")).add("language", language).add("title", "Bad")
                    .build().toString());
            assertThat(refused.status()).as(language + " " + refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("language");
        }
        for (String language : List.of("xx", "sr-Xxxx", "x-private")) {
            Api.Reply refused = api.get("api/i18n/" + language);
            assertThat(refused.status()).as(language + " " + refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        Api.Reply calendar = api.as("editor").post("api/briefings", Json.createObjectBuilder()
                .add("slug", Api.uniqueSlug("bad-calendar")).add("language", "fa").add("title", "تقویم")
                .add("calendars", Json.createArrayBuilder().add("martian")).build().toString());
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(400);
        assertThat(calendar.header("Content-Type")).startsWith("application/problem+json");
        assertThat(calendar.body()).contains("calendars").contains("martian");
    }

    @Test
    void theBundlesTellTheEditorTheLanguageAndItsDirectionWithoutCrossingScripts() {
        Api api = new Api(base);
        JsonObject persian = api.get("api/i18n/fa").json();
        assertThat(persian.getString("dir")).isEqualTo("rtl");
        assertThat(persian.getString("language")).isEqualTo("fa");
        JsonObject latin = api.get("api/i18n/sr-Latn").json();
        assertThat(latin.getString("language")).isEqualTo("sr-Latn");
        assertThat(latin.getJsonObject("messages").getString("briefing.page.keyEvents")).doesNotContainPattern("\\p{IsCyrillic}");
        JsonObject dari = api.get("api/i18n/prs").json();
        assertThat(dari.getString("dir")).isEqualTo("rtl");
    }

    @Test
    void anAdminChoosesTheCalendarsWithTheBriefingsVersion() {
        Api api = new Api(base);
        Story story = persian();
        JsonObject current = api.as("editor").get("api/briefings/" + story.id()).json();
        assertThat(current.getString("dir")).isEqualTo("rtl");
        assertThat(current.getJsonArray("calendars").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("persian", "gregorian");
        long version = current.getJsonNumber("version").longValue();
        String gregorianOnly = "{\"calendars\": [\"gregorian\"]}";
        Api.Reply stale = api.as("admin").header("If-Match", "\"" + (version + 7) + "\"")
                .put("api/briefings/" + story.id(), gregorianOnly);
        assertThat(stale.status()).as(stale.toString()).isIn(409, 412);
        Api.Reply changed = api.as("admin").header("If-Match", "\"" + version + "\"")
                .put("api/briefings/" + story.id(), gregorianOnly);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getJsonArray("calendars").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("gregorian");
        String html = api.get("briefings/" + story.slug()).body();
        assertThat(html).doesNotContain("class=\"dateline\"").contains("data-calendars=\"gregorian\"")
                .contains("dir=\"rtl\"").contains("data-numbering=\"arabext\"");
    }

    @Test
    void thePersianFeedsSayTheirLanguageAndDirection() {
        Story story = persian();
        Api api = new Api(base);
        String atom = api.get("feeds/briefings/" + story.slug() + ".atom").body();
        assertThat(atom).contains("xml:lang=\"fa\"").contains("div dir=");
        JsonObject json = api.get("feeds/briefings/" + story.slug() + ".json").json();
        assertThat(json.getString("language")).isEqualTo("fa");
        assertThat(json.getJsonArray("items").getJsonObject(0).getString("content_html")).startsWith("<div dir=\"rtl\">");
        String rss = api.get("feeds/briefings/" + story.slug() + ".rss").body();
        assertThat(rss).contains("<language>fa</language>");
    }
}
