package org.livebrief.editor;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A reader's open briefing page (or embed) as a person sees it, read from the DOM in one script call: the
 * order of the updates, their labels and notices, the key-events box, "Last updated". It never reloads
 * unless a test says so: what changes arrives through the page's live script.
 */
final class LivePage {

    /** What a person sees of the page; hidden elements count as absent. */
    record Seen(List<Long> updates, List<Long> pinned, Map<Long, JsonObject> entries, boolean keyBoxShown,
                List<Long> keyEvents, List<String> keyEventTexts, String lastUpdatedIso, String lastUpdated) {

        JsonObject entry(long id) {
            return entries.get(id);
        }
    }

    private static final String SEE = """
            const visible = e => e && !e.hidden && !e.closest('[hidden]');
            const articles = [...document.querySelectorAll('#updates > article.entry')].filter(visible);
            const id = a => Number(a.id.replace('entry-', ''));
            const text = (a, s) => { const e = a.querySelector(s); return visible(e) ? e.textContent.trim() : null; };
            const box = document.querySelector('.key-events');
            const items = box ? [...box.querySelectorAll('li')] : [];
            const meta = document.querySelector('.briefing-head .meta time');
            return JSON.stringify({
              updates: articles.map(id),
              pinned: articles.filter(a => a.classList.contains('pinned')).map(id),
              entries: Object.fromEntries(articles.map(a => [id(a), {
                pinLabel: text(a, ':scope > .pin-label'), keyLabel: text(a, 'header .key-label'),
                body: text(a, '.body'), withdrawn: text(a, '.withdrawn-notice'),
                corrections: [...a.querySelectorAll('.correction')].map(c => c.textContent.trim()).join('\\n')}])),
              keyBoxShown: !!visible(box),
              keyEvents: items.map(li => Number(li.querySelector('a').getAttribute('href').replace('#entry-', ''))),
              keyEventTexts: items.map(li => li.textContent.trim()),
              lastUpdatedIso: meta ? meta.dateTime : null,
              lastUpdated: meta ? meta.textContent.trim() : null});
            """;

    private final Browser browser;

    LivePage(Browser browser, URI page) {
        this.browser = browser;
        browser.open(page.toString());
        browser.waitFor(d -> seen() != null);
    }

    /** Before the page loads: a browser without EventSource, so the page must use the poll fallback. */
    static void withoutEventSource(Browser browser) {
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "delete window.EventSource;"));
    }

    Seen seen() {
        String json = (String) ((JavascriptExecutor) browser.driver()).executeScript(SEE);
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        Map<Long, JsonObject> entries = new java.util.LinkedHashMap<>();
        o.getJsonObject("entries").forEach((k, v) -> entries.put(Long.valueOf(k), v.asJsonObject()));
        return new Seen(ids(o.getJsonArray("updates")), ids(o.getJsonArray("pinned")), entries,
                o.getBoolean("keyBoxShown"), ids(o.getJsonArray("keyEvents")),
                o.getJsonArray("keyEventTexts").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList(),
                o.isNull("lastUpdatedIso") ? null : o.getString("lastUpdatedIso"),
                o.isNull("lastUpdated") ? null : o.getString("lastUpdated"));
    }

    /** Waits (with the browser's deadline) until the page shows what the test expects, and returns it. */
    Seen waitUntil(Predicate<Seen> expected) {
        return browser.waitFor(d -> {
            Seen now = seen();
            return expected.test(now) ? now : null;
        });
    }

    void reload() {
        browser.driver().navigate().refresh();
        browser.waitFor(d -> seen() != null);
    }

    private static List<Long> ids(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList();
    }
}
