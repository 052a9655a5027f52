import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SSE fan-out benchmark for Livebrief (single-file program: java SseBench.java ...).
 *
 * Opens N event streams to one briefing with a non-blocking NIO client (one thread, one socket each),
 * publishes entries through the API and measures, per subscriber, the time from just before the publish
 * request to the moment the entry-published frame for that entry arrived. Also reports the server JVM's
 * resident memory, and the throughput of the poll fallback for comparison.
 *
 * Arguments: --port P --pid WILDFLY_PID --subscribers N[,N...] [--rounds R] [--poll-seconds S] [--per-address A]
 * (streams per loopback source address, default 20: the server's per-client cap stays on)
 */
public class SseBench {

    static final String USER = "editor";
    static final String PASSWORD = System.getenv().getOrDefault("LIVEBRIEF_DEMO_PASSWORD", "livebrief");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final String host = "127.0.0.1";
    final int port;
    final long pid;
    /** Streams per client address: the server's per-client cap (livebrief.live.max-streams-per-client, 20). */
    int perAddress = 20;

    SseBench(int port, long pid) {
        this.port = port;
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        SseBench bench = new SseBench(Integer.parseInt(opts.get("port")), Long.parseLong(opts.getOrDefault("pid", "0")));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "3"));
        bench.perAddress = Integer.parseInt(opts.getOrDefault("per-address", "20"));
        int pollSeconds = Integer.parseInt(opts.getOrDefault("poll-seconds", "10"));
        System.out.printf("Livebrief SSE benchmark: server 127.0.0.1:%d, WildFly pid %d, %d CPUs shared by client and server%n",
                bench.port, bench.pid, Runtime.getRuntime().availableProcessors());
        List<Long> latest = new ArrayList<>();
        bench.warmUp();
        for (String n : opts.getOrDefault("subscribers", "2000").split(",")) {
            bench.fanOut(Integer.parseInt(n.strip()), rounds, latest);
        }
        bench.pollComparison(latest, pollSeconds);
    }

    /** A small round and some polling first, so the measured rounds do not pay for class loading and JIT. */
    void warmUp() throws Exception {
        long briefing = createBriefing();
        try (Streams streams = new Streams(host, port, "/livebrief/api/briefings/" + briefing + "/events", perAddress)) {
            streams.open(100, 100, Duration.ofSeconds(60));
            for (int i = 0; i < 5; i++) {
                long entry = postDraft(briefing, "Warm-up " + i);
                long t0 = System.nanoTime();
                publish(briefing, entry);
                streams.awaitMarker("\"id\":" + entry + ",", t0, Duration.ofSeconds(30));
            }
        }
        pollThroughput("http://" + host + ":" + port + "/livebrief/api/briefings/" + briefing + "/changes?since=0", null, 8,
                Duration.ofSeconds(5));
        System.out.println("(warmed up: 100 streams, 5 entries, 5 s of polling)");
    }

    void fanOut(int subscribers, int rounds, List<Long> p99s) throws Exception {
        if (subscribers == 0) {
            return;
        }
        long briefing = createBriefing();
        long heapBefore = heapAfterGcKb();
        long rssBefore = rssKb();
        try (Streams streams = new Streams(host, port, "/livebrief/api/briefings/" + briefing + "/events", perAddress)) {
            long openStart = System.nanoTime();
            streams.open(subscribers, 250, Duration.ofSeconds(300));
            double openSeconds = (System.nanoTime() - openStart) / 1e9;
            long heapOpen = heapAfterGcKb();
            long rssOpen = rssKb();
            System.out.printf("%n== %,d subscribers from %,d loopback addresses (%d each): all open in %.1f s; server heap after GC"
                            + " %,d MiB before, %,d MiB with them open (+%.1f KiB per stream); RSS %,d MiB before, %,d MiB with them"
                            + " open (+%.1f KiB per stream); load average %s%n", subscribers, streams.addresses(), perAddress,
                    openSeconds, heapBefore / 1024, heapOpen / 1024, (heapOpen - heapBefore) / (double) subscribers,
                    rssBefore / 1024, rssOpen / 1024, (rssOpen - rssBefore) / (double) subscribers, loadAverage());
            List<Double> all = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long entry = postDraft(briefing, "Benchmark update " + round);
                String marker = "event: entry-published\ndata: {\"id\":" + entry + ",";
                long t0 = System.nanoTime();
                long publishMillis = publish(briefing, entry);
                double[] ms = streams.awaitMarker(marker, t0, Duration.ofSeconds(30));
                double[] afterResponse = Arrays.stream(ms).filter(v -> !Double.isNaN(v)).map(v -> v - publishMillis).sorted().toArray();
                long missing = Arrays.stream(ms).filter(Double::isNaN).count();
                double[] got = Arrays.stream(ms).filter(v -> !Double.isNaN(v)).sorted().toArray();
                Arrays.stream(got).forEach(all::add);
                System.out.printf("round %d: received by %,d/%,d; from publish request: p50 %.0f ms, p99 %.0f ms, max %.0f ms"
                                + " (the request itself took %d ms; from its response: p50 %.0f, p99 %.0f, max %.0f)%s%n",
                        round, got.length, subscribers, pct(got, 50), pct(got, 99), pct(got, 100), publishMillis,
                        pct(afterResponse, 50), pct(afterResponse, 99), pct(afterResponse, 100),
                        missing > 0 ? "  MISSING " + missing : "");
            }
            double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("all rounds: %,d deliveries, p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; server RSS now %,d MiB; streams still open %,d%n",
                    sorted.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), pct(sorted, 100), rssKb() / 1024, streams.open());
            p99s.add(Math.round(pct(sorted, 99)));
        }
    }

    /** N clients polling every T seconds need N/T requests per second; how many can this server answer? */
    void pollComparison(List<Long> p99s, int pollSeconds) throws Exception {
        long briefing = createBriefing();
        long entry = postDraft(briefing, "Polled update");
        String changes = "http://" + host + ":" + port + "/livebrief/api/briefings/" + briefing + "/changes";
        long before = Long.parseLong(get(changes, null).body().replaceAll(".*\"last\":(\\d+).*", "$1"));
        publish(briefing, entry);
        HttpResponse<String> news = get(changes + "?since=" + before, null);
        String etag = news.headers().firstValue("ETag").orElseThrow();
        String last = etag.replace("\"", "");
        System.out.printf("%n== Poll fallback: %s (%s), %d bytes with one new entry; load average %s%n",
                "/livebrief/api/briefings/" + briefing + "/changes?since=", news.headers().firstValue("Cache-Control").orElse(""),
                news.body().length(), loadAverage());
        double fresh = pollThroughput(changes + "?since=" + before, null, 16, Duration.ofSeconds(8));
        double nothingNew = pollThroughput(changes + "?since=" + last, null, 16, Duration.ofSeconds(8));
        double notModified = pollThroughput(changes + "?since=" + last, etag, 16, Duration.ofSeconds(8));
        System.out.printf("server answered (16 client threads, 8 s each): %,.0f req/s 200 with one new entry, "
                + "%,.0f req/s 200 with nothing new, %,.0f req/s 304%n", fresh, nothingNew, notModified);
        for (int clients : List.of(2000, 5000)) {
            System.out.printf("%,d pollers every %d s need %,.0f req/s (up to %d s stale); every 1 s: %,.0f req/s."
                            + " SSE: %,d idle connections, p99 measured above %s ms%n",
                    clients, pollSeconds, clients / (double) pollSeconds, pollSeconds, clients / 1.0, clients, p99s);
        }
    }

    HttpResponse<String> get(String url, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return "?";
        }
    }

    double pollThroughput(String url, String etag, int threads, Duration duration) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
                if (etag != null) {
                    request.header("If-None-Match", etag);
                }
                HttpRequest built = request.build();
                while (System.nanoTime() < end) {
                    try {
                        HTTP.send(built, HttpResponse.BodyHandlers.discarding());
                        done.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        return done.get() / (duration.toNanos() / 1e9);
    }

    /** The benchmark measures push, not the workflow: one user posts and publishes, so no four-eyes rule. */
    long createBriefing() throws Exception {
        String slug = "bench-" + Long.toHexString(System.nanoTime());
        String json = api("POST", "/livebrief/api/briefings",
                "{\"slug\": \"" + slug + "\", \"language\": \"en\", \"title\": \"Benchmark " + slug + "\", \"timeZone\": \"Europe/Kyiv\", \"fourEyes\": false}", 201);
        return id(json);
    }

    long postDraft(long briefing, String text) throws Exception {
        return id(api("POST", "/livebrief/api/briefings/" + briefing + "/entries",
                "{\"body\": \"<p>" + text + ": shelling reported near Enerhodar.</p>\"}", 201));
    }

    long publish(long briefing, long entry) throws Exception {
        long start = System.nanoTime();
        // A draft just posted is at version 0; transitions require its ETag.
        api("POST", "/livebrief/api/briefings/" + briefing + "/entries/" + entry + "/publish", "", 200, "\"0\"");
        return (System.nanoTime() - start) / 1_000_000;
    }

    String api(String method, String path, String body, int expected) throws Exception {
        return api(method, path, body, expected, null);
    }

    String api(String method, String path, String body, int expected, String ifMatch) throws Exception {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static long id(String json) {
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    long rssKb() throws IOException {
        if (pid <= 0) {
            return 0;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    void gc() throws Exception {
        if (pid > 0) {
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }

    /** The server's heap in use right after a full GC, in KiB (0 without a pid). */
    long heapAfterGcKb() throws Exception {
        if (pid <= 0) {
            return 0;
        }
        gc();
        Process process = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opts;
    }

    /** N raw HTTP/1.1 connections, each reading one event stream, on one selector thread. */
    static final class Streams implements AutoCloseable {
        private final InetSocketAddress address;
        private final byte[] request;
        private final Selector selector;
        private final List<Conn> conns = new ArrayList<>();
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);

        private final int perAddress;
        /**
         * Address groups used so far in this run: each set of streams takes fresh addresses, since the server notices
         * a closed stream only at its next write and still counts it against its address until then.
         */
        private static final AtomicInteger GROUPS = new AtomicInteger();
        private final int firstGroup;

        /**
         * Streams to host:port, each group of {@code perAddress} from a loopback address of its own (127.0.1.1,
         * 127.0.1.2, …): the server's per-client cap stays on, and one source address would run out of ephemeral
         * ports near 28,000 connections.
         */
        Streams(String host, int port, String path, int perAddress) throws IOException {
            this.perAddress = perAddress;
            this.firstGroup = GROUPS.get();
            this.address = new InetSocketAddress(host, port);
            this.request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            this.selector = Selector.open();
        }

        final class Conn {
            final SocketChannel channel;
            final StringBuilder text = new StringBuilder();
            boolean open;
            boolean failed;
            long receivedAt;

            Conn(SocketChannel channel) {
                this.channel = channel;
            }
        }

        int addresses() {
            return (conns.size() + perAddress - 1) / perAddress;
        }

        /** Takes this set's addresses off the run's free ones (called once the set is open). */
        private void reserveAddresses() {
            GROUPS.addAndGet(addresses());
        }

        /** Opens n streams, batch at a time, until each has its headers and the server's retry hint. */
        void open(int n, int batch, Duration timeout) throws IOException {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (int started = 0; started < n; ) {
                int upTo = Math.min(n, started + batch);
                for (; started < upTo; started++) {
                    SocketChannel channel = SocketChannel.open();
                    int group = firstGroup + started / perAddress;
                    channel.bind(new InetSocketAddress(java.net.InetAddress.getByName(
                            "127." + (1 + group / 62_500) + "." + (1 + group / 250 % 250) + "." + (1 + group % 250)), 0));
                    channel.configureBlocking(false);
                    channel.connect(address);
                    Conn conn = new Conn(channel);
                    channel.register(selector, SelectionKey.OP_CONNECT, conn);
                    conns.add(conn);
                }
                while (open() + failed() < started) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Only " + open() + " of " + n + " streams opened in time");
                    }
                    select(null, 0);
                }
            }
            reserveAddresses();
            if (failed() > 0) {
                throw new IllegalStateException(failed() + " streams failed to open: " + firstFailure());
            }
        }

        /** Milliseconds from t0 until each stream saw the marker; NaN where it did not before the timeout. */
        double[] awaitMarker(String marker, long t0, Duration timeout) throws IOException {
            conns.forEach(c -> {
                c.receivedAt = 0;
                c.text.setLength(0);
            });
            long deadline = System.nanoTime() + timeout.toNanos();
            while (conns.stream().anyMatch(c -> c.receivedAt == 0 && !c.failed) && System.nanoTime() < deadline) {
                select(marker, 100);
            }
            return conns.stream().mapToDouble(c -> c.receivedAt == 0 ? Double.NaN : (c.receivedAt - t0) / 1e6).toArray();
        }

        private void select(String marker, long timeoutMillis) throws IOException {
            selector.select(timeoutMillis == 0 ? 1000 : timeoutMillis);
            long now = System.nanoTime();
            var keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                Conn conn = (Conn) key.attachment();
                try {
                    if (key.isConnectable()) {
                        conn.channel.finishConnect();
                        conn.channel.write(ByteBuffer.wrap(request));
                        key.interestOps(SelectionKey.OP_READ);
                    } else if (key.isReadable()) {
                        read(conn, key, marker, now);
                    }
                } catch (IOException e) {
                    fail(conn, key, e.toString());
                }
            }
        }

        private void read(Conn conn, SelectionKey key, String marker, long now) throws IOException {
            buffer.clear();
            int n = conn.channel.read(buffer);
            if (n < 0) {
                fail(conn, key, "closed by server after: " + conn.text);
                return;
            }
            buffer.flip();
            conn.text.append(StandardCharsets.UTF_8.decode(buffer));
            if (!conn.open) {
                if (conn.text.indexOf("\r\n\r\n") >= 0 && !conn.text.toString().startsWith("HTTP/1.1 200")) {
                    fail(conn, key, conn.text.toString());
                } else if (conn.text.indexOf("retry: ") >= 0) {
                    conn.open = true;
                    conn.text.setLength(0);
                }
            } else if (marker != null && conn.receivedAt == 0 && conn.text.indexOf(marker) >= 0) {
                conn.receivedAt = now;
            }
            if (conn.text.length() > 8192) {
                conn.text.delete(0, conn.text.length() - 512);
            }
        }

        private void fail(Conn conn, SelectionKey key, String why) {
            conn.failed = true;
            conn.text.setLength(0);
            conn.text.append(why);
            key.cancel();
            try {
                conn.channel.close();
            } catch (IOException ignored) {
                // already gone
            }
        }

        long open() {
            return conns.stream().filter(c -> c.open && !c.failed).count();
        }

        long failed() {
            return conns.stream().filter(c -> c.failed).count();
        }

        String firstFailure() {
            return conns.stream().filter(c -> c.failed).findFirst().map(c -> c.text.toString()).orElse("");
        }

        @Override
        public void close() throws IOException {
            for (Conn conn : conns) {
                conn.channel.close();
            }
            selector.close();
        }
    }
}
