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
 * (streams per loopback source address, default 20: the server's per-client cap stays on) [--stream-port S] (where
 * the streams connect, default P: a proxy in front) [--front-pids A,B,...] (the proxies' processes, whose memory is
 * reported too) [--per-process K] (streams per client process, default 15,000: a process holds one file descriptor
 * per stream, and the hard limit here is 20,000; larger sets are spread over worker processes of this program,
 * started with --worker, which take commands on their standard input) [--idle-seconds S] (leaves the streams idle
 * that long before the rounds: they must outlive every read timeout on their path).
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
    /** Where the streams connect: the server's port, or a proxy's in front of it. */
    int streamPort;
    /** Streams per client process (file descriptors). */
    int perProcess = 15_000;
    /** Seconds to leave the streams idle before the rounds. */
    int idleSeconds;
    /** Rounds in which a reader missed the entry, and idle periods that lost streams: the exit status is 1 if any. */
    int failures;
    /** The proxies in front, if any: their resident memory is the front tier's share of a stream's cost. */
    List<Long> frontPids = List.of();

    SseBench(int port, long pid) {
        this.port = port;
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        if (opts.containsKey("worker")) {
            Worker.run(opts);
            return;
        }
        SseBench bench = new SseBench(Integer.parseInt(opts.get("port")), Long.parseLong(opts.getOrDefault("pid", "0")));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "3"));
        bench.perAddress = Integer.parseInt(opts.getOrDefault("per-address", "20"));
        bench.streamPort = Integer.parseInt(opts.getOrDefault("stream-port", opts.get("port")));
        bench.perProcess = Integer.parseInt(opts.getOrDefault("per-process", "15000"));
        bench.idleSeconds = Integer.parseInt(opts.getOrDefault("idle-seconds", "0"));
        if (opts.containsKey("front-pids")) {
            bench.frontPids = Arrays.stream(opts.get("front-pids").split(",")).map(String::strip).map(Long::parseLong).toList();
            System.out.printf("streams through %d proxy processes on port %d%n", bench.frontPids.size(), bench.streamPort);
        }
        int pollSeconds = Integer.parseInt(opts.getOrDefault("poll-seconds", "10"));
        System.out.printf("Livebrief SSE benchmark: server 127.0.0.1:%d, WildFly pid %d, %d CPUs shared by client and server%n",
                bench.port, bench.pid, Runtime.getRuntime().availableProcessors());
        List<Long> latest = new ArrayList<>();
        bench.warmUp();
        for (String n : opts.getOrDefault("subscribers", "2000").split(",")) {
            bench.fanOut(Integer.parseInt(n.strip()), rounds, latest);
        }
        bench.pollComparison(latest, pollSeconds);
        if (bench.failures > 0) {
            System.out.printf("%nFAILED: %d round(s) with a reader missing an entry or streams lost%n", bench.failures);
            System.exit(1);
        }
    }

    /** A small round and some polling first, so the measured rounds do not pay for class loading and JIT. */
    void warmUp() throws Exception {
        long briefing = createBriefing();
        try (Streams streams = new Streams(host, streamPort, "/livebrief/api/briefings/" + briefing + "/events", perAddress,
                Streams.GROUPS.get())) {
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
        long frontBefore = frontRssKb();
        String path = "/livebrief/api/briefings/" + briefing + "/events";
        try (StreamSet streams = subscribers > perProcess
                ? new Workers(host, streamPort, path, perAddress, perProcess)
                : new Streams(host, streamPort, path, perAddress, Streams.GROUPS.get())) {
            long openStart = System.nanoTime();
            streams.open(subscribers, 250, Duration.ofSeconds(600));
            double openSeconds = (System.nanoTime() - openStart) / 1e9;
            long heapOpen = heapAfterGcKb();
            long rssOpen = rssKb();
            long frontOpen = frontRssKb();
            System.out.printf("%n== %,d subscribers from %,d loopback addresses (%d each, %s): all open in %.1f s; server heap"
                            + " after GC %,d MiB before, %,d MiB with them open (+%.1f KiB per stream); RSS %,d MiB before,"
                            + " %,d MiB with them open (+%.1f KiB per stream); load average %s%n", subscribers,
                    streams.addresses(), perAddress, streams.describe(), openSeconds, heapBefore / 1024, heapOpen / 1024,
                    (heapOpen - heapBefore) / (double) subscribers, rssBefore / 1024, rssOpen / 1024,
                    (rssOpen - rssBefore) / (double) subscribers, loadAverage());
            if (idleSeconds > 0) {
                // Longer than any read timeout of the path: the streams must outlive it with nothing but heartbeats.
                System.out.printf("idle for %d s with the streams open (heartbeats only)%n", idleSeconds);
                // Reading meanwhile (a marker that never comes), so that a stream the path closes is noticed.
                streams.awaitMarker("event: never", System.nanoTime(), Duration.ofSeconds(idleSeconds));
                long open = streams.open();
                if (open != subscribers) {
                    System.out.printf("  STREAMS LOST while idle: %,d of %,d still open%n", open, subscribers);
                    failures++;
                }
            }
            if (!frontPids.isEmpty()) {
                System.out.printf("front: %d proxy processes, RSS %,d MiB before, %,d MiB with them open (+%.1f KiB per"
                                + " stream); the server's connections from them: %s%n", frontPids.size(), frontBefore / 1024,
                        frontOpen / 1024, (frontOpen - frontBefore) / (double) subscribers, serverConnections());
            }
            List<Double> all = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long entry = postDraft(briefing, "Benchmark update " + round);
                String marker = "event: entry-published\ndata: {\"id\":" + entry + ",";
                List<Long> clients = new ArrayList<>(streams.pids());
                clients.add(ProcessHandle.current().pid());
                long[] cpuBefore = {cpuTicks(List.of(pid)), cpuTicks(frontPids), cpuTicks(clients)};
                long t0 = System.nanoTime();
                long publishMillis = publish(briefing, entry);
                double[] ms = streams.awaitMarker(marker, t0, Duration.ofSeconds(30));
                long[] cpuAfter = {cpuTicks(List.of(pid)), cpuTicks(frontPids), cpuTicks(clients)};
                double[] afterResponse = Arrays.stream(ms).filter(v -> !Double.isNaN(v)).map(v -> v - publishMillis).sorted().toArray();
                long missing = Arrays.stream(ms).filter(Double::isNaN).count();
                double[] got = Arrays.stream(ms).filter(v -> !Double.isNaN(v)).sorted().toArray();
                Arrays.stream(got).forEach(all::add);
                System.out.printf("round %d: received by %,d/%,d; from publish request: p50 %.0f ms, p99 %.0f ms, max %.0f ms"
                                + " (the request itself took %d ms; from its response: p50 %.0f, p99 %.0f, max %.0f)%s%n",
                        round, got.length, subscribers, pct(got, 50), pct(got, 99), pct(got, 100), publishMillis,
                        pct(afterResponse, 50), pct(afterResponse, 99), pct(afterResponse, 100),
                        missing > 0 ? "  MISSING " + missing : "");
                if (missing > 0) {
                    failures++;
                }
                System.out.printf("  CPU from the publish request to the last delivery: server %.2f s, proxies %.2f s, clients %.2f s"
                                + " (%.0f, %.0f and %.0f µs per delivery)%n", (cpuAfter[0] - cpuBefore[0]) / TICKS,
                        (cpuAfter[1] - cpuBefore[1]) / TICKS, (cpuAfter[2] - cpuBefore[2]) / TICKS,
                        (cpuAfter[0] - cpuBefore[0]) / TICKS * 1e6 / Math.max(1, got.length),
                        (cpuAfter[1] - cpuBefore[1]) / TICKS * 1e6 / Math.max(1, got.length),
                        (cpuAfter[2] - cpuBefore[2]) / TICKS * 1e6 / Math.max(1, got.length));
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
        return rssKb(pid);
    }

    long frontRssKb() throws IOException {
        long sum = 0;
        for (long front : frontPids) {
            sum += rssKb(front);
        }
        return sum;
    }

    /** The server's established TCP connections on the port the streams reach it by (ss), or "?" . */
    String serverConnections() {
        try {
            Process process = new ProcessBuilder("ss", "-Htnp", "state", "established").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            long count = out.lines().filter(l -> l.contains("pid=" + pid + ",")).count();
            return count + " established TCP connections in all";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    /** Clock ticks per second of /proc/PID/stat's CPU times (USER_HZ, 100 on Linux). */
    static final double TICKS = 100.0;

    /** User and system CPU time of these processes (all their threads), in clock ticks. */
    static long cpuTicks(List<Long> pids) {
        long sum = 0;
        for (long p : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + p + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException gone) {
                // the process ended
            }
        }
        return sum;
    }

    static long rssKb(long pid) throws IOException {
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

    /** A set of open event streams, in this process or spread over worker processes. */
    interface StreamSet extends AutoCloseable {
        /** Opens n streams, batch at a time, until each has its headers and the server's retry hint. */
        void open(int n, int batch, Duration timeout) throws IOException;

        /** Milliseconds from t0 (System.nanoTime) until each stream saw the marker; NaN where it did not in time. */
        double[] awaitMarker(String marker, long t0, Duration timeout) throws IOException;

        /** Streams open now. */
        long open() throws IOException;

        int addresses();

        String describe();

        /** The client processes that hold the streams. */
        List<Long> pids();

        @Override
        void close() throws IOException;
    }

    /** N raw HTTP/1.1 connections, each reading one event stream, on one selector thread. */
    static final class Streams implements StreamSet {
        private final InetSocketAddress address;
        private final byte[] request;
        private final Selector selector;
        private final List<Conn> conns = new ArrayList<>();
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        /** Streams that have not seen the awaited marker yet (and have not failed). */
        private long pending;
        private byte[] markerBytes = NOTHING;

        private final int perAddress;
        /**
         * Address groups used so far in this run: each set of streams takes fresh addresses, since the server notices
         * a closed stream only at its next write and still counts it against its address until then.
         */
        static final AtomicInteger GROUPS = new AtomicInteger();
        private final int firstGroup;

        /**
         * Streams to host:port, each group of {@code perAddress} from a loopback address of its own (127.0.1.1,
         * 127.0.1.2, …): the server's per-client cap stays on, and one source address would run out of ephemeral
         * ports near 28,000 connections.
         */
        Streams(String host, int port, String path, int perAddress, int firstGroup) throws IOException {
            this.perAddress = perAddress;
            this.firstGroup = firstGroup;
            this.address = new InetSocketAddress(host, port);
            this.request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            this.selector = Selector.open();
        }

        final class Conn {
            final SocketChannel channel;
            final StringBuilder text = new StringBuilder();
            /** The last bytes of the previous read, in case the marker began there. */
            byte[] tail = NOTHING;
            boolean open;
            boolean failed;
            long receivedAt;

            Conn(SocketChannel channel) {
                this.channel = channel;
            }
        }

        @Override
        public int addresses() {
            return (conns.size() + perAddress - 1) / perAddress;
        }

        @Override
        public String describe() {
            return "one client process";
        }

        @Override
        public List<Long> pids() {
            return List.of(ProcessHandle.current().pid());
        }

        /** Takes this set's addresses off the run's free ones (called once the set is open). */
        private void reserveAddresses() {
            GROUPS.addAndGet(addresses());
        }

        @Override
        public void open(int n, int batch, Duration timeout) throws IOException {
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

        @Override
        public double[] awaitMarker(String marker, long t0, Duration timeout) throws IOException {
            conns.forEach(c -> {
                c.receivedAt = 0;
                c.text.setLength(0);
                c.tail = NOTHING;
            });
            markerBytes = marker.getBytes(StandardCharsets.US_ASCII);
            // Counted down as streams see the marker or fail (a scan of every stream after each select would cost the
            // client more than the server spends on the deliveries).
            pending = conns.stream().filter(c -> !c.failed).count();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (pending > 0 && System.nanoTime() < deadline) {
                select(marker, 100);
            }
            pending = 0;
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
            if (!conn.open) {
                conn.text.append(StandardCharsets.UTF_8.decode(buffer));
                if (conn.text.indexOf("\r\n\r\n") >= 0 && !conn.text.toString().startsWith("HTTP/1.1 200")) {
                    fail(conn, key, conn.text.toString());
                } else if (conn.text.indexOf("retry: ") >= 0) {
                    conn.open = true;
                    conn.text.setLength(0);
                }
                return;
            }
            if (marker == null || conn.receivedAt != 0) {
                return;  // a heartbeat, or an event after the awaited one
            }
            // The marker is ASCII: look for its bytes in what arrived, after the end of the previous read (a frame may
            // come in two reads), without decoding text: the client must cost less than the server's deliveries.
            byte[] window = new byte[conn.tail.length + n];
            System.arraycopy(conn.tail, 0, window, 0, conn.tail.length);
            buffer.get(window, conn.tail.length, n);
            if (indexOf(window, markerBytes) >= 0) {
                conn.receivedAt = now;
                pending--;
                conn.tail = NOTHING;
            } else {
                int keep = Math.min(window.length, markerBytes.length - 1);
                conn.tail = Arrays.copyOfRange(window, window.length - keep, window.length);
            }
        }

        private static final byte[] NOTHING = new byte[0];

        static int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i + needle.length <= haystack.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private void fail(Conn conn, SelectionKey key, String why) {
            if (!conn.failed && conn.receivedAt == 0 && pending > 0) {
                pending--;
            }
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

        @Override
        public long open() {
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

    /**
     * Streams spread over worker processes of this program (a process holds a file descriptor per stream). Each worker
     * opens its share from addresses of its own and answers, per published entry, when each of its streams saw it;
     * the times are System.nanoTime, which on Linux is one clock (CLOCK_MONOTONIC) for every process of the machine.
     */
    static final class Workers implements StreamSet {
        private final String host;
        private final int port;
        private final String path;
        private final int perAddress;
        private final int perProcess;
        private final List<Process> processes = new ArrayList<>();
        private final List<java.io.BufferedReader> replies = new ArrayList<>();
        private final List<java.io.PrintWriter> commands = new ArrayList<>();
        private int opened;

        Workers(String host, int port, String path, int perAddress, int perProcess) {
            this.host = host;
            this.port = port;
            this.path = path;
            this.perAddress = perAddress;
            this.perProcess = perProcess;
        }

        @Override
        public void open(int n, int batch, Duration timeout) throws IOException {
            int count = (n + perProcess - 1) / perProcess;
            // Each worker's share is whole address groups, so no address is shared by two workers.
            int share = ((n + count - 1) / count + perAddress - 1) / perAddress * perAddress;
            int group = Streams.GROUPS.get();
            String java = ProcessHandle.current().info().command().orElse("java");
            for (int i = 0, left = n; left > 0; i++) {
                int mine = Math.min(share, left);
                Process process = new ProcessBuilder(java, "-Xmx768m", "-XX:+UseSerialGC", SELF, "--worker", "1",
                        "--host", host, "--stream-port", String.valueOf(port), "--path", path,
                        "--per-address", String.valueOf(perAddress))
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                processes.add(process);
                replies.add(new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
                commands.add(new java.io.PrintWriter(new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true));
                commands.get(i).println("open " + mine + " " + batch + " " + timeout.toSeconds() + " " + group);
                group += mine / perAddress + (mine % perAddress == 0 ? 0 : 1);
                left -= mine;
            }
            for (int i = 0; i < processes.size(); i++) {
                String[] reply = reply(i).split(" ", 3);
                if (!"opened".equals(reply[0]) || !"0".equals(reply[2].split(" ")[0])) {
                    throw new IllegalStateException("worker " + i + ": " + String.join(" ", reply));
                }
                opened += Integer.parseInt(reply[1]);
            }
            Streams.GROUPS.set(group);
        }

        @Override
        public double[] awaitMarker(String marker, long t0, Duration timeout) throws IOException {
            for (java.io.PrintWriter command : commands) {
                command.println("await " + t0 + " " + timeout.toSeconds() + " " + marker.replace("\n", "\\n"));
            }
            List<double[]> parts = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                String reply = reply(i);
                if (!reply.startsWith("got")) {
                    throw new IllegalStateException("worker " + i + ": " + reply);
                }
                parts.add(Arrays.stream(reply.substring(3).strip().split(" ")).filter(v -> !v.isEmpty())
                        .mapToDouble(Double::parseDouble).toArray());
            }
            return parts.stream().flatMapToDouble(Arrays::stream).toArray();
        }

        @Override
        public long open() throws IOException {
            long sum = 0;
            for (java.io.PrintWriter command : commands) {
                command.println("count");
            }
            for (int i = 0; i < processes.size(); i++) {
                sum += Long.parseLong(reply(i).replace("open ", ""));
            }
            return sum;
        }

        @Override
        public int addresses() {
            return (opened + perAddress - 1) / perAddress;
        }

        @Override
        public String describe() {
            return processes.size() + " client processes";
        }

        @Override
        public List<Long> pids() {
            return processes.stream().map(Process::pid).toList();
        }

        private String reply(int worker) throws IOException {
            String line = replies.get(worker).readLine();
            if (line == null) {
                throw new IllegalStateException("worker " + worker + " ended (exit " + processes.get(worker).exitValue() + ")");
            }
            return line;
        }

        @Override
        public void close() {
            commands.forEach(java.io.PrintWriter::close);
            for (Process process : processes) {
                try {
                    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** This program's source, for the workers (the benchmark runs from the repository's root). */
    static final String SELF = System.getProperty("sse.bench.source", "bench/sse/SseBench.java");

    /**
     * A worker process: holds its share of the streams and answers the coordinator's commands, a line each:
     * {@code open N BATCH TIMEOUT_S FIRST_GROUP} → {@code opened OPEN FAILED FIRST_FAILURE};
     * {@code await T0_NANOS TIMEOUT_S MARKER} (newlines written as \n) → {@code got MS MS …} (NaN: not received);
     * {@code count} → {@code open N}. Standard input closed: closes its streams and ends.
     */
    static final class Worker {
        static void run(Map<String, String> opts) throws IOException {
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
            java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            Streams streams = null;
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("open ")) {
                        String[] words = line.split(" ");
                        streams = new Streams(opts.get("host"), Integer.parseInt(opts.get("stream-port")), opts.get("path"),
                                Integer.parseInt(opts.get("per-address")), Integer.parseInt(words[4]));
                        try {
                            streams.open(Integer.parseInt(words[1]), Integer.parseInt(words[2]),
                                    Duration.ofSeconds(Long.parseLong(words[3])));
                            out.println("opened " + streams.open() + " 0");
                        } catch (IllegalStateException e) {
                            out.println("opened " + streams.open() + " " + streams.failed() + " " + e.getMessage().replace('\n', ' '));
                        }
                    } else if (line.startsWith("await ")) {
                        String[] words = line.split(" ", 4);
                        double[] ms = streams.awaitMarker(words[3].replace("\\n", "\n"), Long.parseLong(words[1]),
                                Duration.ofSeconds(Long.parseLong(words[2])));
                        StringBuilder reply = new StringBuilder("got");
                        for (double v : ms) {
                            reply.append(' ').append(Double.isNaN(v) ? "NaN" : String.format(java.util.Locale.ROOT, "%.3f", v));
                        }
                        out.println(reply);
                    } else if (line.equals("count")) {
                        out.println("open " + (streams == null ? 0 : streams.open()));
                    }
                }
            } finally {
                if (streams != null) {
                    streams.close();
                }
            }
        }
    }
}
