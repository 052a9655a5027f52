import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of bench/cluster/run.sh that need a client of their own (Java 17, single-file, no dependencies):
 * <ul>
 * <li>{@code live}: an entry published on node A reaches a reader connected to node B: {@code --count} entries, one
 *     at a time, each timed from the publish answer to the event on B's stream.</li>
 * <li>{@code failover}: {@code --readers} live readers through the load balancer, each reconnecting at once with
 *     {@code Last-Event-ID} when its stream ends (as a browser's EventSource does, without its retry wait); a
 *     publisher through the load balancer publishes an entry every {@code --every-millis}; after
 *     {@code --kill-after} seconds the process {@code --kill-pid} (a node's JVM) is killed with SIGKILL. At the end every
 *     reader must have every entry whose publication was acknowledged. Prints the readers that missed any, the
 *     reconnections and their gap (last event before to first byte after), and the publisher's failed calls.</li>
 * </ul>
 * Exit status 1 when an entry is missed or arrives later than 1 s ({@code live}), or any reader misses an
 * acknowledged entry ({@code failover}).
 */
public class ClusterCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final Pattern ENTRY_ID = Pattern.compile("^\\{\"id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int status = switch (args[0]) {
            case "live" -> live(opts);
            case "failover" -> failover(opts);
            default -> throw new IllegalArgumentException("live or failover");
        };
        System.exit(status);
    }

    // ---- live: A publishes, B's reader receives ----

    static int live(Map<String, String> o) throws Exception {
        String a = o.get("publish-base");
        String b = o.get("stream-base");
        long briefing = Long.parseLong(o.get("briefing"));
        int count = Integer.parseInt(o.getOrDefault("count", "20"));
        Map<Long, Long> arrived = new ConcurrentHashMap<>();
        Reader reader = new Reader(b, briefing, (entry, nanos) -> arrived.putIfAbsent(entry, nanos));
        Thread thread = new Thread(reader::runOnce, "reader-b");
        thread.setDaemon(true);
        thread.start();
        if (!reader.connected.await(10, TimeUnit.SECONDS)) {
            System.out.println("   the reader could not connect to " + b);
            return 1;
        }
        Publisher publisher = new Publisher(a, o.get("reporter"), o.get("editor"), briefing);
        List<Double> delays = new ArrayList<>();
        int late = 0;
        int missed = 0;
        for (int i = 0; i < count; i++) {
            Published p = publisher.publishOne("Cross-node update " + i + ": power restored in Enerhodar.");
            long deadline = p.ackNanos + TimeUnit.SECONDS.toNanos(5);
            while (!arrived.containsKey(p.entry) && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Long at = arrived.get(p.entry);
            if (at == null) {
                missed++;
                continue;
            }
            double ms = Math.max(0, (at - p.ackNanos) / 1e6);
            delays.add(ms);
            if (ms > 1000) {
                late++;
            }
            Thread.sleep(150);
        }
        reader.stop();
        Collections.sort(delays);
        System.out.printf("   published on one node, received on the other: %d of %d; publish answer -> event: p50 %.0f ms, p99 %.0f ms,"
                + " max %.0f ms; later than 1 s: %d%n", delays.size(), count, pct(delays, 50), pct(delays, 99),
                delays.isEmpty() ? 0 : delays.get(delays.size() - 1), late);
        return missed == 0 && late == 0 ? 0 : 1;
    }

    // ---- failover ----

    static int failover(Map<String, String> o) throws Exception {
        String lb = o.get("base");
        long briefing = Long.parseLong(o.get("briefing"));
        int readers = Integer.parseInt(o.getOrDefault("readers", "100"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        int every = Integer.parseInt(o.getOrDefault("every-millis", "250"));
        long killPid = Long.parseLong(o.getOrDefault("kill-pid", "0"));
        int killAfter = Integer.parseInt(o.getOrDefault("kill-after", "10"));
        List<Reader> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            Reader r = new Reader(lb, briefing, null);
            all.add(r);
            Thread t = new Thread(r::runReconnecting, "reader-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Reader r : all) {
            r.connected.await(20, TimeUnit.SECONDS);
        }
        System.out.printf("   %d readers connected through the load balancer%n", readers);
        Publisher publisher = new Publisher(lb, o.get("reporter"), o.get("editor"), briefing);
        Set<Long> acked = ConcurrentHashMap.newKeySet();
        AtomicInteger failedCalls = new AtomicInteger();
        AtomicInteger ackedAfterKill = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        boolean killed = false;
        long killedAt = 0;
        int n = 0;
        while (System.nanoTime() < end) {
            if (!killed && killPid > 0 && System.nanoTime() - start > TimeUnit.SECONDS.toNanos(killAfter)) {
                new ProcessBuilder("kill", "-9", String.valueOf(killPid)).inheritIO().start().waitFor();
                killed = true;
                killedAt = System.nanoTime();
                System.out.printf("   killed node A (pid %d) with SIGKILL after %d s%n", killPid, killAfter);
            }
            try {
                Published p = publisher.publishOne("Failover update " + (n++) + ": sirens in Mykolaiv.");
                acked.add(p.entry);
                if (killed) {
                    ackedAfterKill.incrementAndGet();
                }
            } catch (IOException | IllegalStateException e) {
                failedCalls.incrementAndGet();
            }
            Thread.sleep(every);
        }
        // Let the last events arrive (a reader that reconnected late catches up from the log).
        long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < settle && all.stream().anyMatch(r -> !r.received.containsAll(acked))) {
            Thread.sleep(100);
        }
        int missing = 0;
        long missedEntries = 0;
        List<Double> gaps = new ArrayList<>();
        int reconnected = 0;
        for (Reader r : all) {
            r.stop();
            Set<Long> lacking = new java.util.HashSet<>(acked);
            lacking.removeAll(r.received);
            if (!lacking.isEmpty()) {
                missing++;
                missedEntries += lacking.size();
            }
            gaps.addAll(r.gapsMillis);
            reconnected += r.reconnections.get() > 0 ? 1 : 0;
        }
        Collections.sort(gaps);
        System.out.printf("   entries acknowledged: %d; publish calls failed (retried by the next loop): %d%n", acked.size(),
                failedCalls.get());
        System.out.printf("   readers that reconnected: %d of %d; gap from the last event before to the first byte after:"
                + " p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", reconnected, readers, pct(gaps, 50), pct(gaps, 99),
                gaps.isEmpty() ? 0 : gaps.get(gaps.size() - 1));
        System.out.printf("   readers missing an acknowledged entry: %d (entries missed in all: %d)%n", missing, missedEntries);
        if (killed) {
            System.out.printf("   (node A was killed %.1f s into the run)%n", (killedAt - start) / 1e9);
        }
        // Nothing acknowledged, or no reader on the killed node, would make "none missed" say nothing.
        boolean tested = acked.size() - ackedAfterKill.get() > 0 && (!killed || (ackedAfterKill.get() > 0 && reconnected > 0));
        if (!tested) {
            System.out.printf("   FAIL: the failover was not exercised (acknowledged before the kill: %d, after: %d, "
                    + "readers that reconnected: %d)%n", acked.size() - ackedAfterKill.get(), ackedAfterKill.get(),
                    reconnected);
        }
        return missing == 0 && tested ? 0 : 1;
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    interface Arrival {
        void entry(long entry, long nanos);
    }

    /** One live reader: parses frames, remembers the last id, reconnects with Last-Event-ID. */
    static final class Reader {
        final String base;
        final long briefing;
        final Arrival arrival;
        final Set<Long> received = ConcurrentHashMap.newKeySet();
        final List<Double> gapsMillis = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger reconnections = new AtomicInteger();
        final CountDownLatch connected = new CountDownLatch(1);
        volatile String lastEventId;
        volatile boolean stopped;
        volatile long lastEventNanos;
        volatile java.io.InputStream body;

        Reader(String base, long briefing, Arrival arrival) {
            this.base = base;
            this.briefing = briefing;
            this.arrival = arrival;
        }

        void runOnce() {
            try {
                stream(false);
            } catch (Exception e) {
                if (!stopped) {
                    System.err.println("reader: " + e);
                }
            }
        }

        void runReconnecting() {
            boolean again = false;
            while (!stopped) {
                try {
                    stream(again);
                } catch (Exception e) {
                    // The node went away mid-stream or refused the connection: try again at once.
                }
                if (stopped) {
                    return;
                }
                again = true;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stream(boolean reconnect) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/briefings/" + briefing + "/events"))
                    .header("Accept", "text/event-stream").GET();
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<java.io.InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("HTTP " + response.statusCode());
            }
            body = response.body();
            boolean first = true;
            connected.countDown();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String event = null;
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (first && reconnect) {
                        first = false;
                        reconnections.incrementAndGet();
                        if (lastEventNanos > 0) {
                            gapsMillis.add((System.nanoTime() - lastEventNanos) / 1e6);
                        }
                    }
                    first = false;
                    if (line.isEmpty()) {
                        if (id != null) {
                            lastEventId = id;
                        }
                        if ("entry-published".equals(event)) {
                            Matcher m = ENTRY_ID.matcher(data);
                            if (m.find()) {
                                long entry = Long.parseLong(m.group(1));
                                received.add(entry);
                                if (arrival != null) {
                                    arrival.entry(entry, System.nanoTime());
                                }
                            }
                        }
                        lastEventNanos = System.nanoTime();
                        id = null;
                        event = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            }
        }

        void stop() {
            stopped = true;
            try {
                java.io.InputStream b = body;
                if (b != null) {
                    b.close();
                }
            } catch (IOException ignored) {
                // closing is all that is left
            }
        }
    }

    record Published(long entry, long ackNanos) {
    }

    /** Posts as the reporter's user and publishes as the editor's (four eyes), with an idempotency key per entry. */
    static final class Publisher {
        final String base;
        final String reporter;
        final String editor;
        final long briefing;

        Publisher(String base, String reporter, String editor, long briefing) {
            this.base = base;
            this.reporter = basic(reporter);
            this.editor = basic(editor);
            this.briefing = briefing;
        }

        Published publishOne(String text) throws IOException, InterruptedException {
            String key = UUID.randomUUID().toString();
            HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/api/briefings/" + briefing + "/entries"))
                    .header("Authorization", reporter).header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"<p>" + text + "</p>\"}")));
            if (posted.statusCode() != 201 && posted.statusCode() != 200) {
                throw new IllegalStateException("post: " + posted.statusCode() + " " + posted.body());
            }
            Matcher m = ENTRY_ID.matcher(posted.body());
            if (!m.find()) {
                throw new IllegalStateException("post answered without an id: " + posted.body());
            }
            long entry = Long.parseLong(m.group(1));
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> published = send(HttpRequest.newBuilder(
                                URI.create(base + "/api/briefings/" + briefing + "/entries/" + entry + "/publish"))
                        .header("Authorization", editor).header("If-Match", "\"0\"")
                        .POST(HttpRequest.BodyPublishers.noBody()));
                if (published.statusCode() == 200) {
                    return new Published(entry, System.nanoTime());
                }
                if (published.statusCode() == 412 || attempt >= 3) {
                    // 412: an earlier attempt did publish it before its answer was lost.
                    if (published.statusCode() == 412) {
                        return new Published(entry, System.nanoTime());
                    }
                    throw new IllegalStateException("publish: " + published.statusCode() + " " + published.body());
                }
            }
        }

        private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String basic(String userColonPassword) {
            return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
        }
    }
}
