package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livebrief.testing.SharedWar;
import org.livebrief.testing.Api;
import org.livebrief.testing.EventStreamClient;
import org.livebrief.testing.MarkupRules;
import org.livebrief.testing.OutputContents;
import org.livebrief.testing.XssVectors;
import org.livebrief.testing.XssVectors.Vector;
import org.openqa.selenium.By;

/**
 * The XSS suite (issue #13): every vector of {@code xss/vectors.txt} through every free-text input (entry body and
 * headline, briefing title and summary, correction note, retraction reason, names in the authority through the API and
 * its JSON and CSV import) and read back from every output (reader page, embed page, entry pages, live stream in the reader,
 * editor desk and list, SSE JSON, poll JSON, the entries API, Atom, RSS, JSON Feed, ninjs, search snippets) in
 * Chromium with the page's CSP bypassed, so the markup itself must be safe: no script runs (alert, confirm,
 * prompt, print and document.write are hooked in every frame) and no output holds what {@link MarkupRules} forbids.
 *
 * <p>Text fields get the vectors packed up to the field's limit (a vector longer than the limit is cut, control
 * characters the fields refuse become spaces); entry bodies and names get one vector each.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(SharedWar.class)
@RunAsClient
class XssIT {

    private static final int BODIES_PER_BRIEFING = 25;
    /**
     * {@code -Dxss.heavy=true}: also load every briefing that holds only packed titles in Chromium (not only parse it),
     * read all five feed formats of those and every name (not only the names posted one by one) back.
     */
    private static final boolean HEAVY = Boolean.getBoolean("xss.heavy");
    /** Vectors per entry body in the default variant (one line each). */
    private static final int BODY_PACK = 8;
    private static final int TITLE_LIMIT = 300;
    private static final int SUMMARY_LIMIT = 2000;
    private static final int NOTE_LIMIT = 2000;
    private static final int NAME_LIMIT = 300;
    private static final int HEADLINE_LIMIT = 160;
    /** Entry pages (permalinks) of each briefing also loaded in Chromium; all of them are parsed. */
    private static final int ENTRY_PAGES_IN_BROWSER = 3;

    final URI base = SharedWar.base();

    private final List<String> problems = new ArrayList<>();
    /** A page of another origin where HTML from feeds and JSON is rendered as a consumer would. */
    private HostPage harness;
    private final List<Map.Entry<String, String>> toRender = new ArrayList<>();
    private int rendered;
    private int pagesChecked;

    /** {@code size} vectors at even steps through the whole list (so every source is tried), or all of them. */
    static List<Vector> sample(List<Vector> all, String size) {
        if (size.isBlank() || size.equals("all")) {
            return all;
        }
        int n = Math.min(all.size(), Integer.parseInt(size.strip()));
        List<Vector> sample = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sample.add(all.get((int) ((long) i * all.size() / n)));
        }
        return sample;
    }

    /** One briefing of the run: what was sent in its text fields and its entries. */
    private record Sent(long id, String slug, String token, String title, String summary, List<Long> entries,
                        List<String> notes) {
    }

    @Test
    void noVectorRunsOrLeavesUnsafeMarkupInAnyOutput() throws Exception {
        assumeTrue(Browser.available(), "the XSS suite needs Debian's chromium and chromium-driver");
        // -Dxss.vectors=N (the build's default, docs/security.md "XSS suite"): N vectors spread evenly over every
        // source of the file; -Dxss.vectors=all: every vector.
        List<Vector> vectors = sample(XssVectors.all(), System.getProperty("xss.vectors", "all"));
        List<String> titles = pack(vectors, TITLE_LIMIT);
        List<String> summaries = pack(vectors, SUMMARY_LIMIT);
        List<String> notes = pack(vectors, NOTE_LIMIT);
        // Entry bodies: one vector each in the heavy variant; BODY_PACK vectors each by default (the sanitizer gets
        // every vector alone in XssVectorsTest). Notes are spread over the briefings that hold entries.
        List<String> entryBodies = batches(vectors, HEAVY ? 1 : BODY_PACK).stream()
                .map(b -> b.stream().map(Vector::text).collect(Collectors.joining("\n"))).toList();
        List<List<String>> bodies = batches(entryBodies, BODIES_PER_BRIEFING);
        List<List<String>> notesPerBriefing = batches(notes, (notes.size() + bodies.size() - 1) / bodies.size());
        int briefings = Math.max(titles.size(), Math.max(summaries.size(), bodies.size()));
        Api api = new Api(base);
        Instant started = Instant.now();

        try (Browser browser = XssHooks.browser(); HostPage page = new HostPage("<div></div>")) {
            harness = page;
            // The instruments must see what they are there for, or every "0" below means nothing.
            assertThat(XssHooks.render(browser, harness.url(), List.of("<img src=x onerror=alert(1)>")))
                    .anyMatch(p -> p.startsWith("script ran: alert(1)")).anyMatch(p -> p.contains("onerror"));
            assertThat(XssHooks.render(browser, harness.url(), List.of("<iframe srcdoc=\"<script>print()</script>\"></iframe>")))
                    .anyMatch(p -> p.startsWith("script ran")).anyMatch(p -> p.contains("srcdoc"));
            List<Sent> sent = new ArrayList<>();
            for (int i = 0; i < briefings; i++) {
                sent.add(briefing(api, i, at(titles, i), at(summaries, i)));
            }
            phase("briefings created");
            for (int i = 0; i < bodies.size(); i++) {
                publishWhileAReaderWatches(api, browser, sent.get(i), bodies.get(i),
                        i < notesPerBriefing.size() ? notesPerBriefing.get(i) : List.of());
            }
            phase("entries published, corrected, retracted while readers watched");
            EditorDesk desk = new EditorDesk(browser, base).signIn("editor");
            for (Sent briefing : sent) {
                readEveryOutput(api, browser, desk, briefing);
                render(browser);
            }
            phase("outputs read");
            browser.open(base.resolve("editor/").toString());  // the last render left the browser on the harness page
            desk.openList();
            browser.waitFor(d -> d.findElements(By.cssSelector("table tr")).size() > 1);
            check(browser, "editor list", false, "table");
            names(api, browser, vectors);
            render(browser);
            phase("names");
        }
        System.out.printf("XssIT: %d vectors; %d briefings (%d titles, %d summaries, %d entry batches, %d notes); "
                + "%d pages checked in Chromium, %d HTML strings from feeds/JSON/SSE rendered; %d problems; %d s%n",
                vectors.size(), briefings, titles.size(), summaries.size(), bodies.size(), notes.size(), pagesChecked,
                rendered, problems.size(), Duration.between(started, Instant.now()).toSeconds());
        problems.stream().limit(200).forEach(p -> System.out.println("XssIT problem: " + p));
        assertThat(problems).isEmpty();
    }

    private Instant phaseStarted = Instant.now();

    private void phase(String done) {
        System.out.printf("XssIT: %s in %d s%n", done, Duration.between(phaseStarted, Instant.now()).toSeconds());
        phaseStarted = Instant.now();
    }

    private Sent briefing(Api api, int i, String title, String summary) {
        String slug = Api.uniqueSlug("xss-" + i);
        String token = "xsstoken" + slug.substring(slug.lastIndexOf('-') + 1);
        Api.Reply created = api.as("editor").post("api/briefings", Json.object(Map.of("slug", slug, "language", "en",
                "title", title == null ? "XSS batch " + i : title, "summary", summary == null ? "" : summary,
                "timeZone", "Europe/Kyiv")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject json = created.json();
        return new Sent(json.getJsonNumber("id").longValue(), slug, token, json.getString("title"),
                json.getString("summary", ""), new ArrayList<>(),
                new ArrayList<>());
    }

    /**
     * Opens the reader page, then posts and publishes the bodies (after a paragraph with the briefing's search
     * token); for each note, one more entry is corrected with it and another retracted with it as the reason. The
     * page shows all of it through its live stream (SSE JSON → DOM), and a raw stream client reads the same JSON.
     */
    private void publishWhileAReaderWatches(Api api, Browser browser, Sent briefing, List<String> bodies,
                                            List<String> notes) {
        // The page resumes its live stream after the change it was rendered at, so nothing posted below is missed.
        browser.open(base.resolve("briefings/" + briefing.slug()).toString());
        try (EventStreamClient stream = EventStreamClient.open(base.resolve("api/briefings/" + briefing.id() + "/events"),
                Map.of())) {
            // One at a time: parallel writers to one briefing wait on its row lock, and on H2 under a loaded machine
            // the wait can pass the lock timeout (seen: 500 with PessimisticLockException; see docs/security.md).
            for (String body : bodies) {
                // The vectors of the body are its headline too, as the field takes them: one line, 160 characters.
                String headline = text(body.replaceAll("[\\t\\n\\r]", " "), HEADLINE_LIMIT);
                briefing.entries().add(publish(api, briefing.id(), "<p>" + briefing.token() + "</p>" + body, headline));
            }
            for (String note : notes) {
                long corrected = publish(api, briefing.id(), "<p>" + briefing.token() + " to be corrected</p>");
                expect(api.as("editor").header("If-Match", "\"" + version(api, briefing.id(), corrected) + "\"")
                        .put("api/briefings/" + briefing.id() + "/entries/" + corrected, Json.object(Map.of(
                                "body", "<p>" + briefing.token() + " corrected</p>", "correctionNote", note))), 200, "correction");
                briefing.notes().add(note.strip());
                long retracted = publish(api, briefing.id(), "<p>" + briefing.token() + " to be retracted</p>");
                expect(api.as("editor").header("If-Match", "\"" + version(api, briefing.id(), retracted) + "\"")
                        .post("api/briefings/" + briefing.id() + "/entries/" + retracted + "/retract",
                                Json.object(Map.of("reason", note))), 200, "retraction");
                briefing.entries().add(corrected);
                briefing.entries().add(retracted);
            }
            int expected = bodies.size() + 4 * notes.size();
            for (int i = 0; i < expected; i++) {
                EventStreamClient.Event event;
                try {
                    event = stream.next(Duration.ofSeconds(30));
                } catch (AssertionError e) {
                    problems.add("SSE of " + briefing.slug() + ": " + i + " of " + expected + " events came");
                    break;
                }
                contents("SSE " + event.event() + " of " + briefing.slug(), OutputContents.ofJson(event.data()), browser);
            }
        }
        int shown = bodies.size() + notes.size();
        browser.waitFor(d -> d.findElements(By.cssSelector("#updates article .body")).size() >= shown
                && d.findElements(By.cssSelector("#updates .correction")).size() >= notes.size());
        check(browser, "reader page (live) " + briefing.slug(), true, null);
        List<String> shownNotes = browser.driver().findElements(By.cssSelector("#updates .correction")).stream()
                .map(c -> flat(c.getAttribute("textContent"))).toList();
        for (String sentNote : briefing.notes()) {
            if (shownNotes.stream().noneMatch(n -> n.contains(flat(sentNote)))) {
                problems.add("reader page (live) " + briefing.slug() + ": a correction note does not read back as text: "
                        + sentNote);
            }
        }
    }

    private long publish(Api api, long briefing, String body) {
        return publish(api, briefing, body, "");
    }

    private long publish(Api api, long briefing, String body, String headline) {
        Api.Reply posted = api.as("editor").post("api/briefings/" + briefing + "/entries",
                Json.object(Map.of("body", body, "headline", headline)));
        expect(posted, 201, "post");
        long entry = posted.json().getJsonNumber("id").longValue();
        long version = posted.json().getJsonNumber("version").longValue();
        Api.Reply published = api.as("admin").header("If-Match", "\"" + version + "\"")
                .post("api/briefings/" + briefing + "/entries/" + entry + "/publish", "{}");
        expect(published, 200, "publish");
        return entry;
    }

    private static long version(Api api, long briefing, long entry) {
        return api.as("admin").get("api/briefings/" + briefing + "/entries/" + entry).json().getJsonNumber("version").longValue();
    }

    private void readEveryOutput(Api api, Browser browser, EditorDesk desk, Sent briefing) {
        // The front page lists the newest public briefings' titles: the same rules for its markup.
        Api.Reply front = api.get("briefings/");
        if (answered(front, 200, "briefings/")) {
            MarkupRules.inPage(front.body()).forEach(v -> problems.add("front page: " + v));
        }
        String page = "briefings/" + briefing.slug();
        for (String path : List.of(page, page + "?embed=1")) {
            Api.Reply reply = api.get(path);
            if (!answered(reply, 200, path)) {
                continue;
            }
            MarkupRules.inPage(reply.body()).forEach(v -> problems.add(path + ": " + v));
            var document = Jsoup.parse(reply.body());
            if (!flat(document.selectFirst("h1").text()).equals(flat(briefing.title()))) {
                problems.add(path + ": the title does not read back as text: " + document.selectFirst("h1").text());
            }
            for (String sentNote : briefing.notes()) {
                if (document.select(".correction").stream().noneMatch(c -> flat(c.text()).contains(flat(sentNote)))) {
                    problems.add(path + ": the correction note does not read back as text");
                }
            }
            if (HEAVY || !briefing.entries().isEmpty()) {
                browser.open(base.resolve(path).toString());
                check(browser, path, true, null);
            }
        }
        entryPages(api, browser, briefing);
        List<String> formats = HEAVY || !briefing.entries().isEmpty() ? List.of("atom", "rss", "json", "ninjs", "ninjs3")
                : List.of("atom", "json");
        for (String format : formats) {
            for (int archive = 0; archive < 20; archive++) {
                String path = "feeds/briefings/" + briefing.slug() + (archive == 0 ? "" : "/archive/" + archive) + "." + format;
                Api.Reply feed = api.get(path);
                if (archive > 0 && feed.status() == 404) {
                    break;
                }
                if (!answered(feed, 200, path)) {
                    break;
                }
                OutputContents contents = format.equals("atom") || format.equals("rss")
                        ? OutputContents.ofXml(feed.body()) : OutputContents.ofJson(feed.body());
                contents.unexpected.forEach(e -> problems.add(path + ": XHTML element " + e));
                if (archive == 0 && !format.startsWith("ninjs") && contents.texts.stream().map(XssIT::flat)
                        .noneMatch(t -> t.contains(flat(briefing.title())))) {
                    problems.add(path + ": the title does not read back as text");
                }
                contents(path, contents, browser);
            }
        }
        List<String> json = briefing.entries().isEmpty() ? List.of("api/briefings/" + briefing.id())
                : List.of("api/briefings/" + briefing.id() + "/changes?since=0",
                        "api/briefings/" + briefing.id() + "/entries?limit=200", "api/briefings/" + briefing.id());
        for (String path : json) {
            Api.Reply reply = api.get(path);
            if (answered(reply, 200, path)) {
                contents(path, OutputContents.ofJson(reply.body()), browser);
            }
        }
        if (!briefing.entries().isEmpty()) {
            searchSnippets(api, browser, briefing);
            desk.openDesk(briefing.id());
            browser.waitFor(d -> d.findElements(By.cssSelector("#stream article")).size() >= briefing.entries().size());
            // What came from input: the updates in the stream and the title, not the desk's own composer and notices.
            check(browser, "editor desk " + briefing.slug(), false,
                    "#stream .entry-body, #stream .note, #stream .author, h1");
            embedSnippet(browser, briefing);
        }
    }

    /**
     * Each entry's own page (a retracted one answers 410 with its tombstone): its markup, and its headline read back as
     * the same text in the title, Open Graph, Twitter card and the page itself; the first few also in Chromium.
     */
    private void entryPages(Api api, Browser browser, Sent briefing) {
        int inBrowser = 0;
        for (long entry : briefing.entries()) {
            String path = "briefings/" + briefing.slug() + "/entries/" + entry;
            Api.Reply reply = api.get(path);
            if (reply.status() != 410 && !answered(reply, 200, path)) {
                continue;
            }
            MarkupRules.inPage(reply.body()).forEach(v -> problems.add(path + ": " + v));
            var document = Jsoup.parse(reply.body());
            // Jsoup's title() and text() collapse no-break spaces like spaces; an attribute keeps them.
            String title = flat(document.title().replace('\u00A0', ' '));
            for (String tag : List.of("meta[property=og:title]", "meta[name=twitter:title]")) {
                if (!flat(document.select(tag).attr("content").replace('\u00A0', ' ')).equals(title)) {
                    problems.add(path + ": " + tag + " does not read back as the title: " + document.select(tag).attr("content"));
                }
            }
            var headline = document.selectFirst("h2.entry-headline");
            if (headline != null && !flat(headline.text().replace('\u00A0', ' ')).equals(title)) {
                problems.add(path + ": the headline does not read back as text: " + headline.text());
            }
            if (inBrowser++ < ENTRY_PAGES_IN_BROWSER) {
                browser.open(base.resolve(path).toString());
                check(browser, path, true, null);
            }
        }
    }

    /**
     * The embed snippet the desk offers, which a host CMS pastes into its own pages as HTML: an iframe whose title
     * is the briefing's title and the loader script, and nothing else, whatever the title holds.
     */
    private void embedSnippet(Browser browser, Sent briefing) {
        String snippet = browser.waitFor(d -> (String) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("const e = document.getElementById('embed-code'); return e ? e.value : null;"));
        var body = Jsoup.parseBodyFragment(snippet).body();
        var elements = body.children().stream().map(e -> e.normalName()).toList();
        var frame = body.selectFirst("iframe");
        var script = body.selectFirst("script");
        if (!elements.equals(List.of("iframe", "script")) || frame == null || script == null
                || !frame.attributes().asList().stream().map(a -> a.getKey()).toList()
                        .equals(List.of("src", "title", "data-livebrief", "width", "height", "style"))
                || !frame.attr("title").equals(briefing.title()) || !frame.attr("src").matches("https?://[^\\s\"'<>]+\\?embed=1")
                || !script.attributes().asList().stream().map(a -> a.getKey()).toList().equals(List.of("src", "async"))
                || !script.data().isEmpty()) {
            problems.add("embed snippet of " + briefing.slug() + " is not an iframe with the title plus the loader: " + snippet);
        }
    }

    /** Search is indexed after commit: waits until the token finds the entries, then reads the snippets. */
    private void searchSnippets(Api api, Browser browser, Sent briefing) {
        String path = "api/search?q=" + URLEncoder.encode(briefing.token(), StandardCharsets.UTF_8) + "&limit=50";
        browser.waitFor(d -> api.get(path).json().getJsonNumber("total").longValue() > 0);
        OutputContents contents = OutputContents.ofJson(api.get(path).body());
        for (String snippet : contents.html) {
            if (!Jsoup.parseBodyFragment(snippet).body().select("*:not(body):not(mark)").isEmpty()) {
                problems.add(path + ": a snippet holds markup other than <mark>: " + snippet);
            }
        }
        contents(path, contents, browser);
    }

    /**
     * Names: one vector per name, through {@code POST /api/names}, the JSON import and the CSV import; read back
     * from the names API (JSON) and from each name's feeds.
     */
    private void names(Api api, Browser browser, List<Vector> vectors) {
        List<String> texts = vectors.stream().map(v -> text(v.text(), NAME_LIMIT)).filter(t -> !t.isBlank()).toList();
        List<Long> posted = new ArrayList<>();
        String prefix = Api.uniqueSlug("n") + " ";
        for (int i = 0; i < texts.size(); i += 3) {
            Api.Reply created = api.as("editor").post("api/names", Json.object(Map.of("type", "person",
                    "names", Map.of("en", cut(prefix + texts.get(i), NAME_LIMIT)), "allowDuplicate", true)));
            if (created.status() == 201) {
                posted.add(created.json().getJsonNumber("id").longValue());
            } else if (created.status() >= 500) {
                problems.add("POST api/names: " + created);
            }
        }
        String json = texts.stream().map(t -> Json.object(Map.of("type", "place", "names", Map.of("uk", cut("j" + prefix + t, NAME_LIMIT)))))
                .collect(Collectors.joining(",", "[", "]"));
        List<Long> ids = new ArrayList<>(posted);
        ids.addAll(imported(api.as("admin").post("api/names/import", json), "JSON import", texts.size()));
        String csv = "type,en\n" + texts.stream().map(t -> "organization," + Csv.field(cut("c" + prefix + t, NAME_LIMIT)))
                .collect(Collectors.joining("\n"));
        ids.addAll(imported(api.as("admin").send("POST", "api/names/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                "CSV import", texts.size()));
        for (long id : HEAVY ? ids : posted) {
            Api.Reply name = api.get("api/names/" + id);
            if (answered(name, 200, "api/names/" + id)) {
                contents("api/names/" + id, OutputContents.ofJson(name.body()), browser);
            }
        }
        // Each name's feeds: for the names posted one by one (the imports hold the same texts).
        for (long id : posted) {
            for (String format : List.of("atom", "json")) {
                String path = "feeds/names/" + id + "." + format;
                Api.Reply feed = api.get(path);
                if (feed.status() == 404 || !answered(feed, 200, path)) {
                    continue;
                }
                contents(path, format.equals("atom") ? OutputContents.ofXml(feed.body()) : OutputContents.ofJson(feed.body()),
                        browser);
            }
        }
    }

    /** The names an import created; every row must be accounted for (created, duplicate or refused with a reason). */
    private List<Long> imported(Api.Reply report, String what, int expected) {
        List<Long> ids = new ArrayList<>();
        if (!answered(report, 200, what)) {
            return ids;
        }
        JsonObject json = report.json();
        json.getJsonArray("created").forEach(row -> ids.add(row.asJsonObject().getJsonNumber("id").longValue()));
        int rows = json.getJsonArray("created").size() + json.getJsonArray("duplicates").size() + json.getJsonArray("errors").size();
        if (rows != expected) {
            problems.add(what + ": " + rows + " of " + expected + " rows reported");
        }
        System.out.printf("XssIT: %s: %d created, %d duplicates, %d refused%n", what, json.getJsonArray("created").size(),
                json.getJsonArray("duplicates").size(), json.getJsonArray("errors").size());
        return ids;
    }

    /** HTML a consumer renders: checked as markup now, rendered in Chromium with the rest of its briefing's. */
    private void contents(String where, OutputContents contents, Browser browser) {
        for (String html : contents.html) {
            MarkupRules.inContent(html).forEach(v -> problems.add(where + ": " + v));
            toRender.add(Map.entry(where, html));
        }
    }

    /**
     * Renders what {@link #contents} collected, all on one page (a navigation per output would make the suite
     * slow); when something shows, each piece again alone, to say which output it came from.
     */
    private void render(Browser browser) {
        if (toRender.isEmpty()) {
            return;
        }
        rendered += toRender.size();
        List<String> together = XssHooks.render(browser, harness.url(), toRender.stream().map(Map.Entry::getValue).toList());
        if (!together.isEmpty()) {
            for (Map.Entry<String, String> piece : toRender) {
                XssHooks.render(browser, harness.url(), List.of(piece.getValue()))
                        .forEach(v -> problems.add(piece.getKey() + " rendered: " + v));
            }
        }
        toRender.clear();
    }

    /** What the hooks saw and what the DOM holds that the rules forbid, after the page has settled. */
    private void check(Browser browser, String where, boolean ourPage, String contentRoots) {
        pagesChecked++;
        XssHooks.problems(browser, ourPage, contentRoots).forEach(v -> problems.add(where + ": " + v));
    }

    /** For setting up: a step that fails ends the run. */
    private void expect(Api.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new AssertionError(what + ": expected " + status + ", got " + reply);
        }
    }

    /** For reading outputs: a wrong status is a problem, and the output is not read further. */
    private boolean answered(Api.Reply reply, int status, String what) {
        if (reply.status() != status) {
            String body = reply.body();
            problems.add(what + ": expected " + status + ", got " + reply.status() + " " + body.substring(0, Math.min(300, body.length())));
            return false;
        }
        return true;
    }

    /** Vectors joined by spaces into strings of at most {@code limit} characters of clean text. */
    static List<String> pack(List<Vector> vectors, int limit) {
        List<String> packed = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Vector vector : vectors) {
            String text = text(vector.text(), limit);
            if (current.length() > 0 && current.length() + 1 + text.length() > limit) {
                packed.add(current.toString().strip());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(text);
        }
        if (!current.toString().isBlank()) {
            packed.add(current.toString().strip());
        }
        return packed;
    }

    /** A vector as a text field takes it: control characters (refused there) as spaces, at most {@code limit} chars. */
    static String text(String vector, int limit) {
        return cut(vector.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]", " ").strip(), limit);
    }

    private static String cut(String text, int limit) {
        String cut = text.length() <= limit ? text : text.substring(0, limit);
        return cut.isEmpty() || !Character.isHighSurrogate(cut.charAt(cut.length() - 1)) ? cut : cut.substring(0, cut.length() - 1);
    }

    static <T> List<List<T>> batches(List<T> all, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            batches.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return batches;
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** JSON bodies written with JSON-P, so every vector is escaped as JSON and nothing else. */
    static final class Json {
        static String object(Map<String, ?> fields) {
            var builder = jakarta.json.Json.createObjectBuilder();
            fields.forEach((k, v) -> {
                if (v instanceof Map<?, ?> m) {
                    var inner = jakarta.json.Json.createObjectBuilder();
                    m.forEach((ik, iv) -> inner.add((String) ik, (String) iv));
                    builder.add(k, inner);
                } else if (v instanceof Boolean b) {
                    builder.add(k, b);
                } else {
                    builder.add(k, (String) v);
                }
            });
            return builder.build().toString();
        }
    }

    /** RFC 4180 fields: quoted, quotes doubled. */
    static final class Csv {
        static String field(String text) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
    }
}
