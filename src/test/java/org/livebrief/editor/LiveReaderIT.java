package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livebrief.platform.Messages;
import org.livebrief.testing.SharedWar;
import org.livebrief.testing.Api;
import org.livebrief.testing.Newsroom;

/**
 * Issue #14, findings 5 and 6 (reader side): open reader pages (en and uk) and an open embed follow every
 * kind of change without a reload, as the change log's events announce them, and a retraction leaves a
 * notice with its reason where the update was. Each test changes one thing through the API and looks at what
 * the reader's browser shows.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(SharedWar.class)
@RunAsClient
class LiveReaderIT {

    private static final List<String> LANGUAGES = List.of("en", "uk");

    final URI base = SharedWar.base();

    /** One briefing in a language, three published updates (oldest first in {@code entries}). */
    private record Story(long briefing, String slug, long[] entries, Messages messages) {
    }

    private Story story(String language, String... bodies) {
        Newsroom newsroom = new Newsroom(new Api(base));
        String slug = Api.uniqueSlug("live-" + language);
        long briefing = Newsroom.id(newsroom.briefing(slug, language, "Europe/Kyiv"));
        long[] entries = new long[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            entries[i] = newsroom.published(briefing, Json.createObjectBuilder().add("body", bodies[i]).build().toString());
        }
        return new Story(briefing, slug, entries, Messages.forLocale(Locale.forLanguageTag(language)));
    }

    private Story story(String language) {
        return "uk".equals(language)
                ? story(language, "<p>Делегації прибули до палацу. Переговори о 10:00.</p>",
                        "<p>Перший раунд завершився. Сторони взяли перерву.</p>", "<p>Журналісти чекають біля входу.</p>")
                : story(language, "<p>Delegations arrive at the palace. Talks at 10:00.</p>",
                        "<p>The first round is over. Both sides took a break.</p>", "<p>Journalists wait at the gate.</p>");
    }

    private URI page(Story story, boolean embed) {
        return base.resolve("briefings/" + story.slug() + (embed ? "?embed=1" : ""));
    }

    /** An editor's edit through the API: the entry as it is now, with some fields changed. */
    private JsonObject edit(Story story, long entry, JsonObjectBuilder changes) {
        Api api = new Api(base);
        String path = "api/briefings/" + story.briefing() + "/entries/" + entry;
        JsonObject current = api.as("editor").get(path).json();
        JsonObject wanted = Json.createObjectBuilder().add("body", current.getString("body")).addAll(changes).build();
        Api.Reply edited = api.as("editor").header("If-Match", "\"" + current.getJsonNumber("version").longValue() + "\"")
                .put(path, wanted.toString());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        return edited.json();
    }

    private JsonObject pin(Story story, long entry, boolean pinned) {
        return edit(story, entry, Json.createObjectBuilder().add("pinned", pinned));
    }

    private JsonObject keyEvent(Story story, long entry, boolean keyEvent) {
        return edit(story, entry, Json.createObjectBuilder().add("keyEvent", keyEvent));
    }

    private JsonObject retract(Story story, long entry, String reason) {
        Api.Reply retracted = new Newsroom(new Api(base)).transition(story.briefing(), entry, "retract", "editor",
                Json.createObjectBuilder().add("reason", reason).build().toString());
        assertThat(retracted.status()).as(retracted.toString()).isEqualTo(200);
        return retracted.json();
    }

    private static void assumeBrowser() {
        assumeTrue(Browser.available(), "Browser tests need Debian's chromium and chromium-driver "
                + "(/usr/bin/chromium, /usr/bin/chromedriver): apt-get install -y chromium chromium-driver");
    }

    @Test
    void pinAndUnpinMoveTheUpdateToAndFromThePinnedSlotWithItsLabel() {
        assumeBrowser();
        try (Browser browser = Browser.shared()) {
            for (String language : LANGUAGES) {
                Story story = story(language);
                long oldest = story.entries()[0];
                long middle = story.entries()[1];
                long newest = story.entries()[2];
                LivePage reader = new LivePage(browser, page(story, false));
                assertThat(reader.seen().updates()).containsExactly(newest, middle, oldest);

                pin(story, oldest, true);
                LivePage.Seen pinned = reader.waitUntil(s -> s.pinned().equals(List.of(oldest)));
                assertThat(pinned.updates()).as(language).containsExactly(oldest, newest, middle);
                assertThat(pinned.entry(oldest).getString("pinLabel")).isEqualTo(story.messages().get("briefing.page.pinned"));
                browser.screenshot("live-pinned-" + language);

                pin(story, oldest, false);
                LivePage.Seen unpinned = reader.waitUntil(s -> s.pinned().isEmpty());
                assertThat(unpinned.updates()).as(language).containsExactly(newest, middle, oldest);
                assertThat(unpinned.entry(oldest).isNull("pinLabel")).isTrue();
            }
        }
    }

    @Test
    void keyEventsOnAndOffAreAddedToAndTakenFromTheBoxInOrder() {
        assumeBrowser();
        try (Browser browser = Browser.shared()) {
            for (String language : LANGUAGES) {
                Story story = story(language);
                long oldest = story.entries()[0];
                long middle = story.entries()[1];
                long newest = story.entries()[2];
                LivePage reader = new LivePage(browser, page(story, false));
                assertThat(reader.seen().keyBoxShown()).isFalse();

                keyEvent(story, middle, true);
                LivePage.Seen one = reader.waitUntil(s -> s.keyEvents().equals(List.of(middle)));
                assertThat(one.keyBoxShown()).isTrue();
                assertThat(one.entry(middle).getString("keyLabel")).isEqualTo(story.messages().get("briefing.page.keyEvent"));
                assertThat(one.keyEventTexts().get(0)).as("the first sentence")
                        .endsWith("uk".equals(language) ? "Перший раунд завершився." : "The first round is over.");

                keyEvent(story, oldest, true);
                keyEvent(story, newest, true);
                reader.waitUntil(s -> s.keyEvents().equals(List.of(newest, middle, oldest)));
                browser.screenshot("live-key-events-" + language);

                keyEvent(story, middle, false);
                LivePage.Seen two = reader.waitUntil(s -> s.keyEvents().equals(List.of(newest, oldest)));
                assertThat(two.entry(middle).isNull("keyLabel")).isTrue();
                keyEvent(story, newest, false);
                keyEvent(story, oldest, false);
                reader.waitUntil(s -> s.keyEvents().isEmpty() && !s.keyBoxShown());
            }
        }
    }

    @Test
    void aCorrectionUpdatesTheTextTheNoteAndTheKeyEventInPlace() {
        assumeBrowser();
        try (Browser browser = Browser.shared()) {
            for (String language : LANGUAGES) {
                Story story = story(language);
                long entry = story.entries()[1];
                keyEvent(story, entry, true);
                LivePage reader = new LivePage(browser, page(story, false));
                String corrected = "uk".equals(language) ? "Другий раунд завершився." : "The second round is over.";
                String note = "uk".equals(language) ? "Це був другий раунд" : "It was the second round";
                edit(story, entry, Json.createObjectBuilder().add("body", "<p>" + corrected + " Both sides took a break.</p>")
                        .add("correctionNote", note));

                LivePage.Seen seen = reader.waitUntil(s -> s.entry(entry).getString("body").startsWith(corrected));
                String noteWord = story.messages().get("briefing.page.correction", "", "").split(" ")[0];
                assertThat(seen.entry(entry).getString("corrections")).as(language).startsWith(noteWord).endsWith(": " + note);
                reader.waitUntil(s -> s.keyEventTexts().size() == 1 && s.keyEventTexts().get(0).endsWith(corrected));
                assertThat(seen.updates()).as("in its place").containsExactly(story.entries()[2], entry, story.entries()[0]);
                browser.screenshot("live-corrected-" + language);
            }
        }
    }

    @Test
    void aRetractionLeavesANoticeWithTheReasonLiveAndOnReloadAndFeedsKeepTheTombstone() {
        assumeBrowser();
        try (Browser browser = Browser.shared()) {
            for (String language : LANGUAGES) {
                Story story = story(language);
                long entry = story.entries()[1];
                keyEvent(story, entry, true);
                LivePage reader = new LivePage(browser, page(story, false));
                reader.waitUntil(s -> s.keyEvents().equals(List.of(entry)));
                String reason = "uk".equals(language) ? "джерело не підтвердило цю інформацію" : "the source did not confirm it";
                retract(story, entry, reason);

                String notice = ("uk".equals(language) ? "Це оновлення відкликано: " : "This update was withdrawn: ") + reason;
                LivePage.Seen live = reader.waitUntil(s -> s.entry(entry) != null && notice.equals(s.entry(entry).getString("withdrawn", null)));
                assertThat(live.entry(entry).isNull("body")).as("the withdrawn text is gone").isTrue();
                assertThat(live.keyEvents()).isEmpty();
                assertThat(live.keyBoxShown()).isFalse();
                assertThat(live.updates()).as("where it was").containsExactly(story.entries()[2], entry, story.entries()[0]);
                browser.screenshot("live-retracted-" + language);

                reader.reload();
                LivePage.Seen reloaded = reader.seen();
                assertThat(reloaded.entry(entry).getString("withdrawn")).isEqualTo(notice);
                assertThat(reloaded.entry(entry).isNull("body")).isTrue();
                assertThat(reloaded.updates()).containsExactly(story.entries()[2], entry, story.entries()[0]);
                assertThat(reloaded.keyBoxShown()).isFalse();

                Api.Reply feed = new Api(base).get("feeds/briefings/" + story.slug() + ".atom");
                assertThat(feed.body()).contains("deleted-entry").contains(reason);
            }
        }
    }

    @Test
    void lastUpdatedFollowsTheNewestChange() {
        assumeBrowser();
        try (Browser browser = Browser.shared()) {
            for (String language : LANGUAGES) {
                Story story = story(language);
                LivePage reader = new LivePage(browser, page(story, false));
                String prefix = story.messages().get("briefing.page.lastUpdated", "").strip();
                String before = reader.seen().lastUpdatedIso();

                long posted = new Newsroom(new Api(base)).published(story.briefing(), "{\"body\": \"<p>Fresh.</p>\"}");
                String published = new Api(base).get("api/briefings/" + story.briefing() + "/entries/" + posted).json()
                        .getString("updatedAt");
                assertThat(reader.waitUntil(s -> published.equals(s.lastUpdatedIso())).lastUpdated()).startsWith(prefix);
                String pinned = pin(story, story.entries()[0], true).getString("updatedAt");
                reader.waitUntil(s -> pinned.equals(s.lastUpdatedIso()));
                String retracted = retract(story, story.entries()[1], "duplicate").getString("retractedAt");
                reader.waitUntil(s -> retracted.equals(s.lastUpdatedIso()));
                assertThat(Objects.equals(before, retracted)).isFalse();
            }
        }
    }

    /** The embed in a browser without EventSource: the same page through the poll fallback. */
    @Test
    void theEmbedFollowsEveryKindOfChangeThroughThePollFallback() {
        assumeBrowser();
        try (Browser browser = Browser.shared()) {
            LivePage.withoutEventSource(browser);
            Story story = story("uk");
            long oldest = story.entries()[0];
            long middle = story.entries()[1];
            LivePage embed = new LivePage(browser, page(story, true));
            assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return window.EventSource === undefined")).isTrue();

            pin(story, oldest, true);
            embed.waitUntil(s -> s.pinned().equals(List.of(oldest)) && !s.entry(oldest).isNull("pinLabel"));
            keyEvent(story, middle, true);
            embed.waitUntil(s -> s.keyEvents().equals(List.of(middle)));
            edit(story, middle, Json.createObjectBuilder().add("body", "<p>Другий раунд завершився.</p>")
                    .add("correctionNote", "Це був другий раунд"));
            embed.waitUntil(s -> s.entry(middle).getString("body").startsWith("Другий раунд")
                    && s.entry(middle).getString("corrections").endsWith("Це був другий раунд")
                    && s.keyEventTexts().get(0).endsWith("Другий раунд завершився."));
            retract(story, middle, "помилка в даті");
            embed.waitUntil(s -> "Це оновлення відкликано: помилка в даті"
                    .equals(s.entry(middle).getString("withdrawn", null)) && s.keyEvents().isEmpty());
            pin(story, oldest, false);
            embed.waitUntil(s -> s.pinned().isEmpty()
                    && s.updates().equals(List.of(story.entries()[2], middle, oldest)));
            browser.screenshot("live-embed-poll-uk");
        }
    }

    private static Object script(Browser browser, String js, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(js, args);
    }

    /**
     * Issue #17, items 3 and 6: in an English browser, the uk page reads in Ukrainian, the server's times and those of
     * an update that arrives live alike ("5 хвилин тому" beside them); the arriving update has its headline and a share
     * control that links to its permalink; that permalink page, opened in the same browser, has its Open Graph tags.
     */
    @Test
    void aPageReadsInItsOwnLanguageInAnEnglishBrowserAndEveryUpdateHasItsPermalink() {
        assumeBrowser();
        try (Browser browser = Browser.shared()) {
            for (String language : LANGUAGES) {
                boolean uk = "uk".equals(language);
                Story story = story(language);
                LivePage reader = new LivePage(browser, page(story, false));
                assertThat(script(browser, "return navigator.language")).isEqualTo("en-US");

                String headline = uk ? "Переговори відновлено" : "Talks resume";
                long posted = new Newsroom(new Api(base)).published(story.briefing(),
                        "{\"body\": \"<p>" + (uk ? "Сторони повернулися до залу." : "Both sides are back in the hall.")
                                + "</p>\", \"headline\": \"" + headline + "\"}");
                reader.waitUntil(s -> s.updates().contains(posted));
                String arrived = (String) script(browser, "return document.querySelector('#entry-" + posted
                        + " a.time time').textContent");
                String ago = (String) browser.waitFor(d -> script(browser, "var e = document.querySelector('#entry-" + posted
                        + " .ago'); return e ? e.textContent : null"));
                if (uk) {
                    assertThat(arrived).as("24-hour clock of the page's language").matches("\\d{2}:\\d{2}");
                    assertThat(ago).as("Intl.RelativeTimeFormat in uk").matches(".*\\p{IsCyrillic}.*");
                } else {
                    assertThat(arrived).as("12-hour clock of English").matches("\\d{1,2}:\\d{2}\\s?[AP]M");
                    assertThat(ago).matches("(this minute|\\d+ minutes? ago|1 minute ago|now)");
                }
                String rendered = org.jsoup.Jsoup.parse(new Api(base).get("briefings/" + story.slug()).body())
                        .select("#entry-" + posted + " a.time time").text();
                assertThat(arrived).as("live as the server renders it").isEqualTo(rendered);
                assertThat(script(browser, "return document.querySelector('#entry-" + posted + " h2.entry-headline').textContent"))
                        .isEqualTo(headline);
                String share = (String) script(browser, "return document.querySelector('#entry-" + posted + " a.share').getAttribute('href')");
                assertThat(share).isEqualTo("/livebrief/briefings/" + story.slug() + "/entries/" + posted);
                String shareText = (String) script(browser, "return document.querySelector('#entry-" + posted + " a.share').textContent");
                assertThat(shareText).isIn(story.messages().get("briefing.entry.share"), story.messages().get("briefing.entry.copyLink"));
                browser.screenshot("live-arrived-" + language);

                browser.open(base.resolve("briefings/" + story.slug() + "/entries/" + posted).toString());
                browser.waitFor(d -> script(browser, "return document.querySelector('meta[property=\"og:title\"]')") != null);
                assertThat(script(browser, "return document.title")).isEqualTo(headline);
                assertThat(script(browser, "return document.querySelector('meta[property=\"og:title\"]').content")).isEqualTo(headline);
                assertThat(script(browser, "return document.querySelector('meta[property=\"og:url\"]').content"))
                        .isEqualTo(script(browser, "return document.querySelector('link[rel=canonical]').href"))
                        .asString().endsWith("/briefings/" + story.slug() + "/entries/" + posted);
                assertThat(script(browser, "return document.querySelector('meta[property=\"og:locale\"]').content"))
                        .isEqualTo(uk ? "uk_UA" : "en_US");
                assertThat(script(browser, "return document.querySelector('meta[property=\"og:type\"]').content")).isEqualTo("article");
                String published = (String) script(browser, "return document.querySelector('.briefing-head .meta time').textContent");
                assertThat(published).as("the full date in the page's language")
                        .contains(uk ? "р." : ",").doesNotContain(uk ? "PM" : "р.");
                browser.screenshot("permalink-" + language);
            }
        }
    }

    /** The demo's Ukrainian briefing of 29 March 2022, in an English browser, after the live script ran: Ukrainian dates. */
    @Test
    void theUkrainianDemoShowsUkrainianDatesInAnEnglishBrowser() {
        assumeBrowser();
        try (Browser browser = Browser.shared()) {
            new LivePage(browser, base.resolve("briefings/viina-v-ukraini-2022-03-29"));
            String first = (String) script(browser, "return document.querySelector('#updates article.entry a.time time').textContent");
            assertThat(first).contains("березня").contains("2022").doesNotContain("Mar", "AM", "PM");
            browser.screenshot("demo-uk-dates");
        }
    }
}
