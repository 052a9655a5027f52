package org.livebrief.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.livebrief.testing.EventStreamClient;
import org.livebrief.testing.EventStreamClient.Event;

/** Live push over a real WildFly: the event stream, replay after reconnect, and the poll fallback. */
class LiveIT extends DeployedWar {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private long briefing() {
        Api.Reply created = api.as("editor").post("api/briefings", """
                {"slug": "%s", "language": "uk", "title": "Обстріл Запоріжжя", "timeZone": "Europe/Kyiv"}"""
                .formatted(Api.uniqueSlug("live")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private long draft(long briefing, String body) {
        Api.Reply posted = api.as("reporter").post("api/briefings/" + briefing + "/entries",
                "{\"body\": \"" + body + "\"}");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.json().getJsonNumber("id").longValue();
    }

    private long publish(long briefing, long entry) {
        Api.Reply published = new Newsroom(api).transition(briefing, entry, "publish", "editor");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return entry;
    }

    private EventStreamClient stream(long briefing, Map<String, String> headers, String query) {
        EventStreamClient stream = EventStreamClient.open(api.uri("api/briefings/" + briefing + "/events" + query), headers);
        assertThat(stream.status()).isEqualTo(200);
        return stream;
    }

    private static JsonObject json(Event event) {
        return Json.createReader(new StringReader(event.data())).readObject();
    }

    private static long entryId(Event event) {
        return json(event).getJsonNumber("id").longValue();
    }

    /**
     * Over HTTP/2 Undertow's read timeout (20 s) closed the whole connection of a reader who sends nothing after
     * asking, so every event stream of an h2 or h2c client was cut after 20 s (found by the full XSS run; measured
     * with curl --http2). The listeners speak HTTP/1.1 only: Java's client, which asks for an h2c upgrade on every
     * plain-http request, gets HTTP/1.1.
     */
    @Test
    void anEventStreamIsServedOverHttp11EvenToAClientThatAsksForHttp2() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(10)).build();
        java.net.http.HttpResponse<Void> answer = client.send(java.net.http.HttpRequest.newBuilder(
                        api.uri("api/briefings?limit=1")).timeout(Duration.ofSeconds(30)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
    }

    /**
     * The proxies' listener (livebrief.cli, port 8090 plus the offset, 127.0.0.1) speaks HTTP/2 in clear text, so a
     * proxy carries many readers' streams on one connection: a stream opened there is served over HTTP/2 and gets
     * what is published. Java's client asks for h2c by upgrade; HAProxy (bench/sse/run.sh with FRONT) asks with prior
     * knowledge. It has no read timeout (0; left undefined it would be WildFly's 90 s), unlike the public listener,
     * whose 20 s would cut every stream of the connection at once (the test above): the management model says so, and
     * bench/sse/run.sh with FRONT and IDLE shows streams that outlive both.
     */
    @Test
    void theProxyListenerServesEventStreamsOverHttp2() throws Exception {
        long briefing = briefing();
        int port = org.livebrief.testing.SharedWar.port(8090);
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(10)).build();
        java.net.http.HttpResponse<java.util.stream.Stream<String>> answer = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/livebrief/api/briefings/" + briefing + "/events"))
                        .header("Accept", "text/event-stream").timeout(WAIT).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (java.util.stream.Stream<String> lines = answer.body()) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            long entry = publish(briefing, draft(briefing, "Вибухи в Миколаєві."));
            String marker = "data: {\"id\":" + entry + ",";
            Future<List<String>> seen = reader.submit(() -> {
                List<String> read = new ArrayList<>();
                var it = lines.iterator();
                while (it.hasNext()) {
                    String line = it.next();
                    read.add(line);
                    if (line.startsWith(marker) && read.size() > 1 && read.get(read.size() - 2).equals("event: entry-published")) {
                        break;
                    }
                }
                return read;
            });
            List<String> read = seen.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(read.get(read.size() - 1)).as("the published entry's frame").startsWith(marker).contains("Миколаєві");
        } finally {
            reader.shutdownNow();
        }
        assertThat(managementAttribute("proxy", "read-timeout")).as("the proxy listener's read timeout: none").isEqualTo("0");
        assertThat(managementAttribute("proxy", "enable-http2")).isEqualTo("true");
        assertThat(managementAttribute("default", "read-timeout")).as("the public listener's").isEqualTo("20000");
    }

    private static String managementAttribute(String listener, String name) throws Exception {
        return org.livebrief.testing.SharedWar.read(org.jboss.as.controller.client.helpers.Operations.createReadAttributeOperation(
                org.jboss.as.controller.client.helpers.Operations.createAddress("subsystem", "undertow", "server",
                        "default-server", "http-listener", listener), name)).asString();
    }

    /**
     * A change another node committed reaches this node's readers: the test plays the other node and writes a change
     * to the shared change log itself, which this server learns of only through its change-log tail (no CDI event
     * fires here for it). PostgreSQL only (the H2 database is the server's own file). Until the tail was started with
     * the application it never ran; bench/cluster/run.sh found that with two real nodes.
     */
    @Test
    void aChangeAnotherNodeCommittedReachesTheStream() throws Exception {
        String url = System.getProperty("it.pg.url", "");
        org.junit.jupiter.api.Assumptions.assumeFalse(url.isEmpty(), "needs PostgreSQL (mvn verify -Ppostgresql)");
        long briefing = briefing();
        long entry = publish(briefing, draft(briefing, "Світло в Енергодарі повернулося."));
        try (EventStreamClient stream = stream(briefing, Map.of(), "")) {
            long seq;
            try (java.sql.Connection db = java.sql.DriverManager.getConnection(url);
                 java.sql.PreparedStatement insert = db.prepareStatement("INSERT INTO change_log (briefing_id, entry_id, kind,"
                         + " occurred_at) VALUES (?, ?, 'ENTRY_UPDATED', CURRENT_TIMESTAMP)", new String[] {"seq"})) {
                insert.setLong(1, briefing);
                insert.setLong(2, entry);
                insert.executeUpdate();
                try (java.sql.ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    seq = keys.getLong(1);
                }
            }
            long sent = System.nanoTime();
            Event event = stream.next(WAIT);
            assertThat(event.event()).isEqualTo("entry-updated");
            assertThat(event.seq()).isEqualTo(seq);
            assertThat(entryId(event)).isEqualTo(entry);
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("well within the tail's rounds (500 ms each)")
                    .isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void publishedEntriesEditsAndBriefingChangesArriveOnTheStream() {
        long briefing = briefing();
        try (EventStreamClient stream = stream(briefing, Map.of(), "")) {
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.header("Cache-Control")).isEqualTo("no-store");
            long entry = publish(briefing, draft(briefing, "Вибухи в <em>Запоріжжі</em>."));

            Event published = stream.next(WAIT);
            assertThat(published.event()).isEqualTo("entry-published");
            assertThat(entryId(published)).isEqualTo(entry);
            assertThat(json(published).getString("state")).isEqualTo("published");
            assertThat(json(published).getString("body")).isEqualTo("<p>Вибухи в <em>Запоріжжі</em>.</p>");
            assertThat(stream.retry()).as("the retry hint").isNotBlank();

            Api.Reply edited = api.as("editor").header("If-Match", etag(briefing, entry)).put("api/briefings/" + briefing + "/entries/" + entry,
                    "{\"body\": \"Вибухи в Запоріжжі й Дніпрі.\", \"correctionNote\": \"Додано Дніпро.\"}");
            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
            Event updated = stream.next(WAIT);
            assertThat(updated.event()).isEqualTo("entry-updated");
            assertThat(json(updated).getString("excerpt")).isEqualTo("Вибухи в Запоріжжі й Дніпрі.");
            assertThat(updated.seq()).isGreaterThan(published.seq());

            Api.Reply revised = api.as("editor").header("If-Match", "\"" + version(briefing) + "\"")
                    .put("api/briefings/" + briefing, "{\"title\": \"Обстріли Запоріжжя та Дніпра\"}");
            assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
            Event briefingEvent = stream.next(WAIT);
            assertThat(briefingEvent.event()).isEqualTo("briefing-updated");
            assertThat(json(briefingEvent).getString("title")).isEqualTo("Обстріли Запоріжжя та Дніпра");
        }
    }

    private String etag(long briefing, long entry) {
        return api.as("editor").get("api/briefings/" + briefing + "/entries/" + entry).header("ETag");
    }

    private long version(long briefing) {
        return api.get("api/briefings/" + briefing).json().getJsonNumber("version").longValue();
    }

    @Test
    void draftsNeverAppearOnlyWhatIsPublished() {
        long briefing = briefing();
        try (EventStreamClient stream = stream(briefing, Map.of(), "")) {
            long draft = draft(briefing, "Unconfirmed: a second blast.");
            assertThat(new Newsroom(api).transition(briefing, draft, "submit", "reporter").status()).isEqualTo(200);
            assertThat(api.as("reporter").header("If-Match", etag(briefing, draft)).put("api/briefings/" + briefing + "/entries/" + draft,
                    "{\"body\": \"Unconfirmed: a second and third blast.\"}").status()).isEqualTo(200);
            long published = publish(briefing, draft(briefing, "Confirmed: one blast."));

            Event first = stream.next(WAIT);
            assertThat(first.event()).isEqualTo("entry-published");
            assertThat(entryId(first)).as("the first event is the published entry, nothing came for the draft")
                    .isEqualTo(published);
        }
    }

    @Test
    void reconnectingWithLastEventIdReplaysExactlyWhatWasMissedThenGoesLive() {
        long briefing = briefing();
        long seen;
        try (EventStreamClient stream = stream(briefing, Map.of(), "")) {
            long first = publish(briefing, draft(briefing, "First."));
            Event event = stream.next(WAIT);
            assertThat(entryId(event)).isEqualTo(first);
            seen = event.seq();
        }
        long missed = publish(briefing, draft(briefing, "Missed while offline."));
        draft(briefing, "A draft, still unpublished.");

        try (EventStreamClient stream = stream(briefing, Map.of("Last-Event-ID", String.valueOf(seen)), "")) {
            Event replayed = stream.next(WAIT);
            assertThat(replayed.event()).isEqualTo("entry-published");
            assertThat(entryId(replayed)).as("the missed entry, not the one the client had").isEqualTo(missed);
            assertThat(replayed.seq()).isGreaterThan(seen);

            long live = publish(briefing, draft(briefing, "Back online."));
            Event next = stream.next(WAIT);
            assertThat(entryId(next)).as("then live, with nothing replayed twice").isEqualTo(live);
            assertThat(next.seq()).isGreaterThan(replayed.seq());
        }
    }

    @Test
    void clientsThatCannotSetHeadersPassTheLastEventIdInTheQuery() {
        long briefing = briefing();
        long before = api.get("api/briefings/" + briefing + "/changes").json().getJsonNumber("last").longValue();
        long entry = publish(briefing, draft(briefing, "Published before the page's script connected."));
        try (EventStreamClient stream = stream(briefing, Map.of(), "?lastEventId=" + before)) {
            assertThat(entryId(stream.next(WAIT))).isEqualTo(entry);
        }
    }

    /** Issue #13, finding 7: an invented Last-Event-ID (0, or another stream's) gets a reset, not the log. */
    @Test
    void anUnknownLastEventIdGetsAResetInsteadOfTheWholeLog() {
        long briefing = briefing();
        publish(briefing, draft(briefing, "One."));
        publish(briefing, draft(briefing, "Two."));
        long latest = api.get("api/briefings/" + briefing + "/changes").json().getJsonNumber("last").longValue();
        long other = briefing();
        long foreign = api.get("api/briefings/" + other + "/changes").json().getJsonNumber("last").longValue();
        for (String query : List.of("?lastEventId=0", "?lastEventId=" + foreign)) {
            try (EventStreamClient stream = stream(briefing, Map.of(), query)) {
                Event first = stream.next(WAIT);
                assertThat(first.event()).as(query).isEqualTo("reload");
                assertThat(first.seq()).isEqualTo(latest);
                long live = publish(briefing, draft(briefing, "Live after the reset " + query));
                Event next = stream.next(WAIT);
                assertThat(entryId(next)).as("then live, nothing replayed").isEqualTo(live);
                latest = next.seq();
            }
        }
    }

    @Test
    void pollFallbackListsChangesSinceASequenceAndAnswers304WhenNothingIsNew() {
        long briefing = briefing();
        Api.Reply start = api.get("api/briefings/" + briefing + "/changes");
        assertThat(start.status()).isEqualTo(200);
        long since = start.json().getJsonNumber("last").longValue();
        assertThat(start.json().getJsonArray("changes")).isEmpty();

        long entry = publish(briefing, draft(briefing, "Polled update."));
        draft(briefing, "Polled draft.");
        Api.Reply polled = api.get("api/briefings/" + briefing + "/changes?since=" + since);
        assertThat(polled.status()).isEqualTo(200);
        assertThat(polled.header("Cache-Control")).startsWith("public, max-age=");
        JsonObject body = polled.json();
        assertThat(body.getJsonArray("changes")).hasSize(1);
        JsonObject change = body.getJsonArray("changes").getJsonObject(0);
        assertThat(change.getString("event")).isEqualTo("entry-published");
        assertThat(change.getJsonObject("data").getJsonNumber("id").longValue()).isEqualTo(entry);
        long last = body.getJsonNumber("last").longValue();
        assertThat(last).isEqualTo(change.getJsonNumber("seq").longValue());
        assertThat(body.getInt("pollAfterSeconds")).isPositive();
        assertThat(polled.header("ETag")).isEqualTo("\"" + last + "\"");

        Api.Reply again = api.header("If-None-Match", polled.header("ETag")).get("api/briefings/" + briefing + "/changes?since=" + since);
        assertThat(again.status()).isEqualTo(304);
        Api.Reply next = api.get("api/briefings/" + briefing + "/changes?since=" + last);
        assertThat(next.json().getJsonArray("changes")).isEmpty();
        assertThat(next.json().getJsonNumber("last").longValue()).isEqualTo(last);
    }

    /**
     * Issue #13, finding 11: while writers race in one briefing (publications, corrections, flags), a poller
     * that always asks for the changes after the last seq it saw misses none and sees none twice: within a
     * briefing, changes commit in seq order.
     */
    @Test
    void aPollerMissesNoChangeWhileWritersRace() throws Exception {
        long briefing = briefing();
        String changes = "api/briefings/" + briefing + "/changes?since=";
        long start = api.get(changes + "0").json().getJsonNumber("last").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = new ArrayList<>();
        try {
            Future<?> poller = pool.submit(() -> {
                long since = start;
                while (true) {
                    boolean last = !writing.get();
                    JsonObject page = api.get(changes + since).json();
                    for (JsonObject change : page.getJsonArray("changes").getValuesAs(JsonObject.class)) {
                        long seq = change.getJsonNumber("seq").longValue();
                        assertThat(seq).as("seqs only grow").isGreaterThan(since);
                        seen.add(seq);
                        since = seq;
                    }
                    if (last && !page.getBoolean("more") && page.getJsonArray("changes").isEmpty()) {
                        return null;
                    }
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        long entry = publish(briefing, draft(briefing, "Writer " + writer + ", update " + i + "."));
                        boolean withReason = i % 2 == 0;
                        Api.Reply retracted = new Newsroom(api).transition(briefing, entry, "retract", "editor",
                                withReason ? "{\"reason\": \"Duplicate\"}" : "{}");
                        assertThat(retracted.status()).as(retracted.toString()).isEqualTo(withReason ? 200 : 400);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            poller.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        List<Long> all = new ArrayList<>();
        long since = start;
        JsonObject page;
        do {
            page = api.get(changes + since).json();
            page.getJsonArray("changes").getValuesAs(JsonObject.class)
                    .forEach(c -> all.add(c.getJsonNumber("seq").longValue()));
            since = page.getJsonNumber("last").longValue();
        } while (page.getBoolean("more"));
        assertThat(all).as("4 writers × (5 publications + 3 retractions)").hasSize(32);
        assertThat(seen).as("what the poller saw during the race").containsExactlyElementsOf(all);
        // The briefing's count of changes (the cross-briefing feeds' stamp) lost no increment to the race. Only on
        // PostgreSQL can the test read the server's database (H2 is the server's own file).
        String url = System.getProperty("it.pg.url", "");
        if (!url.isEmpty()) {
            try (java.sql.Connection db = java.sql.DriverManager.getConnection(url);
                 java.sql.PreparedStatement counts = db.prepareStatement("SELECT b.changes, (SELECT count(*) FROM"
                         + " change_log c WHERE c.briefing_id = b.id) FROM live_briefing b WHERE b.id = ?")) {
                counts.setLong(1, briefing);
                try (java.sql.ResultSet row = counts.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getLong(2)).as("the briefing's changes in the log").isGreaterThanOrEqualTo(32);
                    assertThat(row.getLong(1)).as("live_briefing.changes").isEqualTo(row.getLong(2));
                }
            }
        }
    }

    @Test
    void readerPageTellsItsScriptWhereLiveUpdatesResume() {
        String slug = Api.uniqueSlug("live-page");
        Api.Reply created = api.as("editor").post("api/briefings", """
                {"slug": "%s", "language": "ru", "title": "Переговоры в Стамбуле", "timeZone": "Europe/Moscow"}"""
                .formatted(slug));
        long briefing = created.json().getJsonNumber("id").longValue();
        long entry = publish(briefing, draft(briefing, "Делегации встретились."));
        long latest = api.get("api/briefings/" + briefing + "/changes").json().getJsonNumber("last").longValue();

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(api.get("briefings/" + slug).body());
        org.jsoup.nodes.Element live = page.getElementById("live");
        assertThat(live).isNotNull();
        assertThat(live.attr("data-seq")).isEqualTo(String.valueOf(latest));
        assertThat(live.attr("data-events-url")).isEqualTo("/livebrief/api/briefings/" + briefing + "/events");
        assertThat(live.attr("data-time-zone")).isEqualTo("Europe/Moscow");
        assertThat(live.attr("data-new-many")).isEqualTo("{0} новых обновлений");
        assertThat(page.select("button.live-notice").attr("hidden")).isNotNull();
        assertThat(page.select("script[src=/livebrief/live/reader.js]")).hasSize(1);
        assertThat(page.select("article#entry-" + entry)).hasSize(1);

        Api.Reply script = api.get("live/reader.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("EventSource");
        assertThat(api.get("live/live.css").status()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(api.get("briefings/" + slug + "?before=" + entry).body()).getElementById("live"))
                .as("older pages stay still").isNull();
    }

    /**
     * The per-address cap on open streams (20 here, as by default), and a reader who left giving its place back. The
     * streams come from 127.0.0.2, a loopback address no other test uses, so the cap counts only this test's streams.
     * A reader who closes is seen gone when a heartbeat to it fails, the second after it closed (heartbeats are 2 s
     * in the ITs): a reader reloading the page is not locked out for longer than that.
     */
    @Test
    void theCapOnStreamsPerAddressHoldsAndAReaderWhoLeftGivesItsPlaceBack() throws Exception {
        long briefing = briefing();
        String path = api.uri("api/briefings/" + briefing + "/events").getRawPath();
        List<java.net.Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                java.net.Socket socket = rawStream(path);
                open.add(socket);
                assertThat(statusLine(socket)).as("stream %d of the 20 an address may hold", i + 1).contains(" 200 ");
            }
            try (java.net.Socket over = rawStream(path)) {
                String answer = new String(over.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 429 ").contains("Retry-After:").contains("too-many-streams");
            }
            try (EventStreamClient other = EventStreamClient.open(api.uri("api/briefings/" + briefing + "/events"),
                    Map.of())) {
                assertThat(other.status()).as("another address (127.0.0.1) is not refused").isEqualTo(200);
            }

            open.remove(0).close();
            long left = System.nanoTime();
            int status = 0;
            while (System.nanoTime() - left < Duration.ofSeconds(15).toNanos()) {
                java.net.Socket again = rawStream(path);
                String line = statusLine(again);
                if (line.contains(" 200 ")) {
                    open.add(again);
                    status = 200;
                    break;
                }
                again.close();
                Thread.sleep(250);
            }
            assertThat(status).as("a place is given back after a reader closed").isEqualTo(200);
            System.out.printf("LiveIT: a closed stream's place came back after %d ms%n",
                    (System.nanoTime() - left) / 1_000_000);
        } finally {
            for (java.net.Socket socket : open) {
                socket.close();
            }
        }
    }

    /** A GET of an event stream on a socket bound to 127.0.0.2. */
    private java.net.Socket rawStream(String path) throws java.io.IOException {
        java.net.URI base = api.uri("");
        java.net.Socket socket = new java.net.Socket();
        socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
        socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 10_000);
        socket.setSoTimeout(20_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAccept: text/event-stream\r\nConnection: close\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String statusLine(java.net.Socket socket) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        java.io.InputStream in = socket.getInputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString();
    }

    @Test
    void unknownBriefingsAndBadEventIdsAreProblems() {
        Api.Reply missing = api.get("api/briefings/999999999/events");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("api/briefings/999999999/changes?since=0").status()).isEqualTo(404);

        long briefing = briefing();
        Api.Reply bad = api.header("Last-Event-ID", "yesterday").get("api/briefings/" + briefing + "/events");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("Last-Event-ID");
        assertThat(api.get("api/briefings/" + briefing + "/changes?since=-1").status()).isEqualTo(400);
    }

    private EventStreamClient deskStream(long briefing, String user, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + Api.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        EventStreamClient stream = EventStreamClient.open(api.uri("api/briefings/" + briefing + "/desk-events"), all);
        assertThat(stream.status()).isEqualTo(200);
        return stream;
    }

    /** The next desk event about this entry (a desk event may also name other entries of the same revision). */
    private static JsonObject deskEntry(Event event, long entry) {
        assertThat(event.event()).isEqualTo("desk-changed");
        return json(event).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("id").longValue() == entry).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + entry + " in " + event.data()));
    }

    /**
     * The next desk event that names this entry. A desk stream that starts without Last-Event-ID is live from
     * the tail's position, which may be a moment behind, so it can begin with revisions made just before it
     * (such as the briefing's creation); those are skipped here.
     */
    private static Event nextAbout(EventStreamClient desk, long entry) {
        java.time.Instant deadline = java.time.Instant.now().plus(WAIT);
        while (true) {
            Event event = desk.next(Duration.between(java.time.Instant.now(), deadline));
            assertThat(event.event()).isEqualTo("desk-changed");
            boolean names = json(event).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getJsonNumber("id").longValue() == entry);
            if (names) {
                return event;
            }
        }
    }

    @Test
    void theDeskStreamCarriesEveryWorkflowChangeToStaffOnlyWithoutBodies() {
        long briefing = briefing();
        Api.Reply anonymous = api.get("api/briefings/" + briefing + "/desk-events");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(api.get("api/briefings/999999999/desk-events").status()).isEqualTo(401);

        try (EventStreamClient desk = deskStream(briefing, "editor", Map.of());
             EventStreamClient readers = stream(briefing, Map.of(), "")) {
            long draft = draft(briefing, "Unconfirmed: shelling near the dam.");
            JsonObject posted = deskEntry(nextAbout(desk, draft), draft);
            assertThat(posted.getString("state")).isEqualTo("draft");
            assertThat(posted.getJsonNumber("version").longValue()).isNotNegative();

            assertThat(new Newsroom(api).transition(briefing, draft, "submit", "reporter").status()).isEqualTo(200);
            Event submitted = nextAbout(desk, draft);
            assertThat(deskEntry(submitted, draft).getString("state")).isEqualTo("submitted");
            assertThat(submitted.data()).as("no body on the desk stream").doesNotContain("shelling");
            assertThat(deskEntry(submitted, draft).getJsonNumber("version").longValue())
                    .isEqualTo(Long.parseLong(etag(briefing, draft).replace("\"", "")));

            long published = publish(briefing, draft(briefing, "Confirmed: the dam holds."));
            Event readerEvent = readers.next(WAIT);
            assertThat(entryId(readerEvent)).as("readers get the published entry and nothing of the draft").isEqualTo(published);
            assertThat(readerEvent.data()).doesNotContain("shelling");
            Event created = nextAbout(desk, published);
            assertThat(deskEntry(created, published).getString("state")).isIn("draft", "published");
            Event publishedOnDesk = nextAbout(desk, published);
            assertThat(deskEntry(publishedOnDesk, published).getString("state")).isEqualTo("published");
            assertThat(publishedOnDesk.seq()).isGreaterThan(created.seq()).isGreaterThan(submitted.seq());
        }
    }

    @Test
    void theDeskStreamReplaysMissedRevisionsAfterLastEventId() {
        long briefing = briefing();
        long seen;
        long first = draft(briefing, "Before the desk lost its connection.");
        try (EventStreamClient desk = deskStream(briefing, "reporter", Map.of())) {
            assertThat(new Newsroom(api).transition(briefing, first, "submit", "reporter").status()).isEqualTo(200);
            // The entry's creation may come first (made just before the stream opened): wait for the submission's
            // revision, as the revision history numbers it.
            var history = api.as("editor").get("api/briefings/" + briefing + "/entries/" + first + "/revisions").jsonArray();
            long submission = history.getJsonObject(history.size() - 1).getJsonNumber("revision").longValue();
            Event event = nextAbout(desk, first);
            while (event.seq() != submission) {
                assertThat(event.seq()).isLessThan(submission);
                event = nextAbout(desk, first);
            }
            seen = event.seq();
        }
        long missed = draft(briefing, "Posted while the desk was offline.");
        try (EventStreamClient desk = deskStream(briefing, "reporter", Map.of("Last-Event-ID", String.valueOf(seen)))) {
            Event replayed = desk.next(WAIT);
            assertThat(replayed.seq()).as("the replay starts after the last event seen").isGreaterThan(seen);
            assertThat(deskEntry(replayed, missed).getString("state")).isEqualTo("draft");
            long live = draft(briefing, "Back on the desk.");
            Event next = nextAbout(desk, live);
            assertThat(deskEntry(next, live).getString("state")).isEqualTo("draft");
            assertThat(next.seq()).isGreaterThan(replayed.seq());
        }
    }
}
