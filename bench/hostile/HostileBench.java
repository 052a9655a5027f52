import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load with hostility (issue #13), a single-file program: java HostileBench.java --port P --pid WILDFLY_PID ...
 *
 * <ol>
 * <li>search: hostile {@code GET /api/search?q=} classes, each answered 400 with a problem body or within 500 ms
 *     (median of several tries), with the ratio to a plain query measured in the same run;</li>
 * <li>sse: N event-stream clients (spread over loopback addresses 127.0.1.x, 20 each, the default per-address cap)
 *     that read their response head and then never read again, with a 2 KiB receive buffer; the caps (429 per
 *     address, 503 for the server); server heap after GC and RSS before, with them open, after entries were pushed
 *     at them, and after they left; a normal reader's publish-to-received latency without and with them;</li>
 * <li>slowloris: connections that send their request head a byte at a time, and bodies a byte at a time, at the
 *     feed endpoints (and at the one anonymous endpoint that reads a JSON body); the feed latency (p50/p99) of
 *     ordinary clients without and with them.</li>
 * </ol>
 * Exits 1 when a check fails (a 5xx, a class over 500 ms, a cap not answering 429/503, the reader missing an entry).
 * All traffic goes to loopback addresses only.
 *
 * Arguments: --port P --pid PID [--parts search,sse,slowloris] [--sse-clients N] [--max-streams M]
 * [--slowloris N] [--seconds S] [--rounds R]
 */
public class HostileBench {

    static final String PASSWORD = System.getenv().getOrDefault("LIVEBRIEF_DEMO_PASSWORD", "livebrief");
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    static final int PER_ADDRESS = 20;

    final int port;
    final long pid;
    final Map<String, String> opts;
    final List<String> failures = new ArrayList<>();

    HostileBench(Map<String, String> opts) {
        this.opts = opts;
        this.port = Integer.parseInt(opts.get("port"));
        this.pid = Long.parseLong(opts.getOrDefault("pid", "0"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        HostileBench bench = new HostileBench(opts);
        System.out.printf("Livebrief hostile load: server 127.0.0.1:%d, WildFly pid %d, %d CPUs shared by client and server%n",
                bench.port, bench.pid, Runtime.getRuntime().availableProcessors());
        Briefing briefing = bench.briefingWithEntries(30);
        List<String> parts = List.of(opts.getOrDefault("parts", "search,sse,slowloris").split(","));
        if (parts.contains("search")) {
            new SearchPart(bench).run();
        }
        if (parts.contains("sse")) {
            new SsePart(bench, briefing).run(Integer.parseInt(opts.getOrDefault("sse-clients", "1000")),
                    Integer.parseInt(opts.getOrDefault("max-streams", "0")), Integer.parseInt(opts.getOrDefault("rounds", "20")));
        }
        if (parts.contains("slowloris")) {
            new SlowlorisPart(bench, briefing).run(Integer.parseInt(opts.getOrDefault("slowloris", "100")),
                    Integer.parseInt(opts.getOrDefault("seconds", "10")),
                    Arrays.stream(opts.getOrDefault("slowloris-kinds", "0,1,2,3").split(",")).mapToInt(Integer::parseInt).toArray());
        }
        if (bench.failures.isEmpty()) {
            System.out.println("\nRESULT: every check passed");
        } else {
            System.out.println("\nRESULT: " + bench.failures.size() + " check(s) failed:");
            bench.failures.forEach(f -> System.out.println("  - " + f));
            System.exit(1);
        }
    }

    void check(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
    }

    record Briefing(long id, String slug) {
    }

    /** A public briefing (no four-eyes rule: the bench measures load, not the workflow) with published entries. */
    Briefing briefingWithEntries(int entries) throws IOException {
        String slug = "hostile-" + Long.toHexString(System.nanoTime());
        Reply created = api("POST", "/livebrief/api/briefings", "{\"slug\": \"" + slug + "\", \"language\": \"en\","
                + " \"title\": \"Hostile " + slug + "\", \"timeZone\": \"Europe/Kyiv\", \"fourEyes\": false}", 201);
        Briefing briefing = new Briefing(id(created.body), slug);
        for (int i = 0; i < entries; i++) {
            publish(briefing.id, postDraft(briefing.id, "Update " + i + ": shelling reported near Enerhodar; talks in Istanbul"
                    + " resume on Tuesday. Зеленський у Києві, Zelensky in Kyiv."));
        }
        return briefing;
    }

    long postDraft(long briefing, String text) throws IOException {
        return id(api("POST", "/livebrief/api/briefings/" + briefing + "/entries", "{\"body\": \"<p>" + text + "</p>\"}", 201).body);
    }

    void publish(long briefing, long entry) throws IOException {
        api("POST", "/livebrief/api/briefings/" + briefing + "/entries/" + entry + "/publish", "", 200, "If-Match: \"0\"\r\n");
    }

    Reply api(String method, String path, String body, int expected) throws IOException {
        return api(method, path, body, expected, "");
    }

    Reply api(String method, String path, String body, int expected, String headers) throws IOException {
        Reply reply = http("127.0.0.1", method, path, "Authorization: " + AUTH + "\r\nContent-Type: application/json\r\n" + headers,
                body.getBytes(StandardCharsets.UTF_8));
        if (reply.status != expected) {
            throw new IllegalStateException(method + " " + path + " → " + reply.status + " " + reply.body);
        }
        return reply;
    }

    record Reply(int status, String head, String body, double millis) {
        boolean problem() {
            return head.toLowerCase().contains("content-type: application/problem+json") && body.contains("\"status\":" + status);
        }
    }

    /** One request on its own blocking connection, the target written as is (so it may be anything at all). */
    Reply http(String from, String method, String target, String headers, byte[] body) throws IOException {
        return http(from, method, target, headers, body, 60_000);
    }

    Reply http(String from, String method, String target, String headers, byte[] body, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(timeoutMillis);
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n" + headers
                    + (body.length > 0 || method.equals("POST") ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            double millis = (System.nanoTime() - start) / 1e6;
            String text = new String(all, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String rest = split < 0 ? "" : text.substring(split + 4);
            int status = head.startsWith("HTTP/1.1 ") && head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                rest = rest.replaceAll("(?m)^[0-9a-fA-F]+\r\n", "").replace("\r\n", "");
            }
            return new Reply(status, head, rest, millis);
        }
    }

    static long id(String json) {
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** The server's heap in use right after a full GC (jcmd GC.run, then GC.heap_info), in MiB. */
    long heapAfterGcMiB() throws IOException, InterruptedException {
        if (pid <= 0) {
            return -1;
        }
        jcmd("GC.run");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    }

    String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    long rssMiB() throws IOException {
        if (pid <= 0) {
            return -1;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    String memory() throws IOException, InterruptedException {
        return String.format("heap after GC %,d MiB, RSS %,d MiB", heapAfterGcMiB(), rssMiB());
    }

    /** Connections the server holds open on its HTTP port (ss), so closes the clients cannot see are counted. */
    int serverConnections() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ss", "-Htn", "state", "established", "( sport = :" + port + " )")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return (int) out.lines().filter(l -> !l.isBlank()).count();
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String repeat(String unit, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() + unit.length() <= length) {
            b.append(unit);
        }
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Hostile search queries: each class answers 400 with a problem body, or 200 within 500 ms (median). */
    static final class SearchPart {
        static final int TRIES = 5;
        static final double LIMIT_MS = 500;
        final HostileBench b;

        SearchPart(HostileBench b) {
            this.b = b;
        }

        Map<String, String> classes() {
            Map<String, String> c = new LinkedHashMap<>();
            StringBuilder terms10k = new StringBuilder();
            for (int i = 0; i < 10_000; i++) {
                terms10k.append("w").append(i).append(' ');
            }
            c.put("plain word", enc("Enerhodar"));
            c.put("plain three words", enc("shelling near Enerhodar"));
            c.put("nesting, 100 deep (200 chars)", enc("(".repeat(98) + "Kyiv" + ")".repeat(98)));
            c.put("nesting, 10,000 deep", enc("(".repeat(10_000) + "Kyiv" + ")".repeat(10_000)));
            c.put("leading wildcard", enc("*hodar"));
            c.put("wildcards only (200 chars)", enc("*".repeat(200)));
            c.put("100 prefix wildcards", enc(repeat("a* ", 200).strip()));
            c.put("wildcard huge (100k chars)", enc("a" + "*".repeat(100_000)));
            c.put("100 one-letter terms (200 chars)", enc(repeat("a ", 200).strip()));
            c.put("66 distinct terms (200 chars)", enc(distinctTerms(200)));
            c.put("10,000 terms", enc(terms10k.toString().strip()));
            c.put("long token (200 chars)", enc("x".repeat(200)));
            c.put("long token (100k chars)", enc("x".repeat(100_000)));
            c.put("100 OR operators", enc(repeat("a|", 200).replaceAll("\\|$", "")));
            c.put("OR of 66 terms", enc(distinctTerms(200).replace(' ', '|')));
            c.put("50 phrases", enc(repeat("\"a b\"", 200)));
            c.put("phrase of 100 words", enc("\"" + repeat("a ", 198).strip() + "\""));
            c.put("fuzzy operators", enc(repeat("Kyiv~2 ", 200).strip()));
            c.put("NOT operators", enc(repeat("-a ", 200).strip()));
            c.put("mixed operators", enc(repeat("(a|\"b c\")+-d~1* ", 200).strip()));
            c.put("escapes", enc(repeat("\\\\\\\"", 200)));
            c.put("zalgo (1 letter, 199 marks)", enc("Z" + "\u0301\u0336\u0489".repeat(66)));
            c.put("bidi and zero-width controls", enc(repeat("\u202EKyiv\u200B\u2066\u200D", 200)));
            c.put("emoji ZWJ sequences", enc(repeat("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 ", 200)));
            c.put("NFKC expanders (U+FDFA x 200)", enc("\uFDFA".repeat(200)));
            c.put("CJK run (200 chars)", enc(repeat("乌克兰总统泽连斯基在基辅", 200)));
            c.put("Thai run (200 chars)", enc(repeat("ประธานาธิบดียูเครน", 200)));
            c.put("mixed scripts per letter", enc(repeat("KКΚ", 200)));
            // Registered names (the starter places), each widened to its other names (search.AuthorityNames).
            c.put("registered names (200 chars)", enc(repeat("Kyiv Odesa Kharkiv Donetsk ", 200).strip()));
            c.put("registered names in case forms", enc(repeat("Києві Одесі Харкові Донецьку ", 200).strip()));
            // Typed in lower case: read for names again with every word capitalised (search.AuthorityNames).
            c.put("registered names in lower case", enc(repeat("києві одесі харкові донецьку ", 200).strip()));
            c.put("non-characters", enc(repeat("\uFFFF\uFFFE\uDBFF\uDFFF", 200)));
            c.put("lone surrogate (raw %ED%A0%80)", "a%ED%A0%80b");
            c.put("invalid UTF-8 (raw %C0%AF%FF)", "a%C0%AF%FFb");
            c.put("bad percent escape (raw %zz)", "a%zz");
            c.put("NUL and control chars", enc("Kyiv\u0000\u0007"));
            return c;
        }

        static String distinctTerms(int length) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; ; i++) {
                String term = Integer.toString(i, 36) + "a";
                if (s.length() + term.length() + 1 > length) {
                    return s.toString().strip();
                }
                s.append(term).append(' ');
            }
        }

        void run() throws Exception {
            System.out.printf("%n== Hostile search queries: GET /livebrief/api/search?q=…, %d tries each (after a warm-up of the plain query);"
                    + " pass = 400 with a problem body, or 200 with the median ≤ %.0f ms%n", TRIES, LIMIT_MS);
            // Wait until the index has the entries, so the plain query does real work.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!b.http("127.0.0.1", "GET", "/livebrief/api/search?q=Enerhodar", "", new byte[0]).body.contains("\"total\":3")
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            for (int i = 0; i < 5; i++) { // warm-up, so the plain baseline does not pay for the first query's JIT
                b.http("127.0.0.1", "GET", "/livebrief/api/search?q=Kyiv&limit=100", "", new byte[0]);
            }
            double plain = Double.NaN;
            System.out.printf("%-34s %8s %7s %10s %9s %8s %7s  %s%n", "class", "q chars", "status", "median ms", "max ms",
                    "ratio", "verdict", "answer");
            for (Map.Entry<String, String> c : classes().entrySet()) {
                String target = "/livebrief/api/search?q=" + c.getValue() + "&limit=100";
                double[] ms = new double[TRIES];
                Reply reply = null;
                for (int i = 0; i < TRIES; i++) {
                    reply = b.http("127.0.0.1", "GET", target, "", new byte[0]);
                    ms[i] = reply.millis;
                }
                Arrays.sort(ms);
                double median = pct(ms, 50);
                if (Double.isNaN(plain)) {
                    plain = median;
                }
                // A broken percent escape never reaches Livebrief: Undertow's parser answers a bare 400 (HostileInputIT).
                boolean bare = reply.status == 400 && !reply.problem() && reply.body.isEmpty();
                boolean ok = reply.status == 400 ? reply.problem() || bare : reply.status == 200 && median <= LIMIT_MS;
                b.check(ok, "search class '" + c.getKey() + "': " + reply.status + " in " + Math.round(median) + " ms");
                String answer = reply.status == 200 ? reply.body.replaceAll(".*?\"total\":(\\d+).*", "total $1")
                        : bare ? "(empty: Undertow's URL parser)" : reply.body.replaceAll("(?s).*\"detail\":\"([^\"]{0,60}).*", "$1");
                System.out.printf("%-34s %8s %7d %10.1f %9.1f %7.2fx %7s  %s%n", c.getKey(), length(c.getValue()), reply.status,
                        median, ms[TRIES - 1], median / plain, ok ? "ok" : "FAIL", answer.length() > 70 ? answer.substring(0, 70) : answer);
            }
        }

        static String length(String encoded) {
            try {
                return String.valueOf(java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8).length());
            } catch (IllegalArgumentException e) {
                return "raw";
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Many event-stream clients that never read; the caps; a normal reader's latency beside them. */
    static final class SsePart {
        final HostileBench b;
        final Briefing briefing;

        SsePart(HostileBench b, Briefing briefing) {
            this.b = b;
            this.briefing = briefing;
        }

        void run(int clients, int maxStreams, int rounds) throws Exception {
            String path = "/livebrief/api/briefings/" + briefing.id + "/events";
            int addresses = (clients + PER_ADDRESS - 1) / PER_ADDRESS;
            System.out.printf("%n== %,d event-stream clients that never read (2 KiB receive buffers), from %d loopback addresses"
                    + " 127.0.1.1… (%d each: the per-address cap); server cap %s%n", clients, addresses, PER_ADDRESS,
                    maxStreams > 0 ? String.format("%,d", maxStreams) : "default");
            String before = b.memory();
            System.out.println("before:                 " + before);
            try (Streams reader = new Streams(b.port, path, 64 * 1024, true)) {
                reader.open(List.of("127.0.0.1"), 1);
                double[] quiet = readerLatency(reader, rounds, "quiet");
                Streams attackers = new Streams(b.port, path, 2048, false);
                List<String> from = new ArrayList<>();
                for (int i = 0; i < addresses; i++) {
                    from.add("127.0.1." + (i + 1));
                }
                long start = System.nanoTime();
                Map<Integer, Integer> statuses = attackers.open(from, clients);
                System.out.printf("opened:                 %s in %.1f s; server holds %,d connections%n", statuses,
                        (System.nanoTime() - start) / 1e9, b.serverConnections());
                b.check(statuses.getOrDefault(200, 0) == clients, "not every never-reading client got its stream: " + statuses);
                String open = b.memory();
                System.out.println("with them open:         " + open);
                caps(path, from.get(0), maxStreams, clients);
                double[] attacked = readerLatency(reader, rounds, "under attack");
                int held = b.serverConnections();
                System.out.println("after " + rounds + " entries pushed: " + b.memory() + "; server holds " + held
                        + " connections (slow readers it dropped are gone)");
                attackers.close();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (b.serverConnections() > 2 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                System.out.println("after they left:        " + b.memory() + "; server holds " + b.serverConnections() + " connections");
                System.out.printf("reader publish→received: quiet p50 %.0f ms, p99 %.0f ms; under attack p50 %.0f ms, p99 %.0f ms"
                                + " (ratio p50 %.2fx, p99 %.2fx)%n", pct(quiet, 50), pct(quiet, 99), pct(attacked, 50), pct(attacked, 99),
                        pct(attacked, 50) / pct(quiet, 50), pct(attacked, 99) / pct(quiet, 99));
            }
        }

        /** Per-address cap: one more from a full address is 429. Server cap: fresh addresses until it answers 503. */
        void caps(String path, String fullAddress, int maxStreams, int clients) throws Exception {
            try (Streams extra = new Streams(b.port, path, 2048, false)) {
                Map<Integer, Integer> one = extra.open(List.of(fullAddress), 1);
                b.check(one.getOrDefault(429, 0) == 1, "a 21st stream from one address was not refused with 429: " + one);
                System.out.println("per-address cap:        one more from " + fullAddress + " → " + one);
                if (maxStreams <= 0) {
                    return;
                }
                List<String> fresh = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    fresh.add("127.0.2." + (i + 1));
                }
                int room = maxStreams - clients - 1;
                Map<Integer, Integer> more = extra.open(fresh, room + 5);
                b.check(more.getOrDefault(503, 0) >= 5, "the server cap did not answer 503: " + more);
                System.out.println("server cap:             " + (room + 5) + " more from fresh addresses → " + more);
            }
        }

        double[] readerLatency(Streams reader, int rounds, String label) throws Exception {
            double[] ms = new double[rounds];
            String text = "Hostile round: " + "shelling reported near Enerhodar, talks in Istanbul resume. ".repeat(60);
            for (int i = 0; i < rounds; i++) {
                long entry = b.postDraft(briefing.id, text);
                long t0 = System.nanoTime();
                b.publish(briefing.id, entry);
                ms[i] = reader.awaitMarker("event: entry-published\ndata: {\"id\":" + entry + ",", t0, 30_000);
                b.check(!Double.isNaN(ms[i]), "the reader did not receive entry " + entry + " (" + label + ")");
            }
            Arrays.sort(ms);
            return ms;
        }
    }

    /** N raw HTTP/1.1 event-stream connections on one selector thread; readers keep reading, others stop after the head. */
    static final class Streams implements AutoCloseable {
        final int port;
        final String path;
        final int receiveBuffer;
        final boolean reads;
        final Selector selector = Selector.open();
        final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        final List<Conn> conns = new ArrayList<>();

        Streams(int port, String path, int receiveBuffer, boolean reads) throws IOException {
            this.port = port;
            this.path = path;
            this.receiveBuffer = receiveBuffer;
            this.reads = reads;
        }

        static final class Conn {
            final SocketChannel channel;
            final StringBuilder text = new StringBuilder();
            int status;
            long receivedAt;

            Conn(SocketChannel channel) {
                this.channel = channel;
            }
        }

        /** Opens n streams round-robin over the addresses; counts the statuses of their answers. */
        Map<Integer, Integer> open(List<String> from, int n) throws IOException {
            List<Conn> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SocketChannel channel = SocketChannel.open();
                channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
                channel.bind(new InetSocketAddress(InetAddress.getByName(from.get(i / PER_ADDRESS % from.size())), 0));
                channel.configureBlocking(false);
                channel.connect(new InetSocketAddress("127.0.0.1", port));
                Conn conn = new Conn(channel);
                channel.register(selector, SelectionKey.OP_CONNECT, conn);
                conns.add(conn);
                batch.add(conn);
                if (i % 200 == 199) {
                    pump(batch, 120_000);
                }
            }
            pump(batch, 120_000);
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            batch.forEach(c -> statuses.merge(c.status, 1, Integer::sum));
            return statuses;
        }

        private void pump(List<Conn> batch, long timeoutMillis) throws IOException {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
            while (batch.stream().anyMatch(c -> c.status == 0) && System.nanoTime() < deadline) {
                select(null);
            }
        }

        double awaitMarker(String marker, long t0, long timeoutMillis) throws IOException {
            conns.forEach(c -> {
                c.receivedAt = 0;
                c.text.setLength(0);
            });
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
            while (conns.get(0).receivedAt == 0 && System.nanoTime() < deadline) {
                select(marker);
            }
            long at = conns.get(0).receivedAt;
            return at == 0 ? Double.NaN : (at - t0) / 1e6;
        }

        private void select(String marker) throws IOException {
            selector.select(100);
            long now = System.nanoTime();
            for (var keys = selector.selectedKeys().iterator(); keys.hasNext(); ) {
                SelectionKey key = keys.next();
                keys.remove();
                Conn conn = (Conn) key.attachment();
                try {
                    if (key.isConnectable()) {
                        conn.channel.finishConnect();
                        conn.channel.write(ByteBuffer.wrap(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
                        key.interestOps(SelectionKey.OP_READ);
                    } else if (key.isReadable()) {
                        read(conn, key, marker, now);
                    }
                } catch (IOException e) {
                    conn.status = conn.status == 0 ? -1 : conn.status;
                    key.cancel();
                    conn.channel.close();
                }
            }
        }

        private void read(Conn conn, SelectionKey key, String marker, long now) throws IOException {
            buffer.clear();
            // Never more than the head from a client that does not read: at most what the head needs.
            if (!reads && conn.status == 0) {
                buffer.limit(256);
            }
            int n = conn.channel.read(buffer);
            if (n < 0) {
                conn.status = conn.status == 0 ? -1 : conn.status;
                key.cancel();
                conn.channel.close();
                return;
            }
            buffer.flip();
            conn.text.append(StandardCharsets.UTF_8.decode(buffer));
            if (conn.status == 0 && conn.text.length() >= 12 && conn.text.indexOf("\r\n") > 0) {
                conn.status = Integer.parseInt(conn.text.substring(9, 12));
                if (!reads || conn.status != 200) {
                    key.interestOps(0); // never read again
                }
            } else if (marker != null && conn.receivedAt == 0 && conn.text.indexOf(marker) >= 0) {
                conn.receivedAt = now;
            }
            if (conn.text.length() > 16384) {
                conn.text.delete(0, conn.text.length() - 1024);
            }
        }

        @Override
        public void close() throws IOException {
            for (Conn conn : conns) {
                conn.channel.close();
            }
            selector.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Slowloris: request heads and bodies a byte at a time; ordinary clients beside them: feed readers (the feed
     * fast path when the cache is fresh, the servlet otherwise) and API readers (an authenticated JAX-RS GET, which
     * always needs a request thread).
     */
    static final class SlowlorisPart {
        static final int FEED_READERS = 6;
        static final int API_READERS = 2;
        final HostileBench b;
        final Briefing briefing;

        SlowlorisPart(HostileBench b, Briefing briefing) {
            this.b = b;
            this.briefing = briefing;
        }

        /** One kind of ordinary client: its request, how many threads send it, what they measured. */
        final class Readers {
            final String name;
            final String target;
            final String headers;
            final int threads;
            final AtomicInteger errors = new AtomicInteger();
            final Map<String, Integer> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
            final List<double[]> millis = java.util.Collections.synchronizedList(new ArrayList<>());

            Readers(String name, String target, String headers, int threads) {
                this.name = name;
                this.target = target;
                this.headers = headers;
                this.threads = threads;
            }

            Thread start(long end) {
                Thread thread = new Thread(() -> {
                    List<Double> mine = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        try {
                            Reply reply = b.http("127.0.0.1", "GET", target, headers, new byte[0], 15_000);
                            if (reply.status == 200) {
                                mine.add(reply.millis);
                            } else {
                                errors.incrementAndGet();
                                errorKinds.merge("status " + reply.status, 1, Integer::sum);
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            errorKinds.merge(e.toString(), 1, Integer::sum);
                        }
                    }
                    millis.add(mine.stream().mapToDouble(Double::doubleValue).toArray());
                });
                thread.start();
                return thread;
            }

            double[] sorted() {
                return millis.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
            }
        }

        void run(int connections, int seconds, int[] kinds) throws Exception {
            String feed = "/livebrief/feeds/briefings/" + briefing.slug + ".atom";
            String api = "/livebrief/api/briefings/" + briefing.id;
            System.out.printf("%n== Slowloris: %d connections, kinds %s in turn (0: request head a byte at a time; 1: GET %s with a"
                    + " 1 MB body a byte at a time; 2: POST /livebrief/api/session with a 200 kB JSON body a byte at a time; 3: the"
                    + " same with Expect: 100-continue), one byte per connection per second, from 127.0.3.x; beside them %d feed"
                    + " readers and %d API readers (GET %s as the editor), Connection: close, 15 s timeout, %d s per measure%n",
                    connections, Arrays.toString(kinds), feed, FEED_READERS, API_READERS, api, seconds);
            String auth = "Authorization: " + AUTH + "\r\n";
            measure(feed, api, auth, 3); // warm-up
            List<Readers> quiet = measure(feed, api, auth, seconds);
            Slowloris attack = new Slowloris(b.port, feed, connections, kinds);
            Thread thread = new Thread(attack);
            thread.start();
            Thread.sleep(3_000);
            List<Readers> attacked = measure(feed, api, auth, seconds);
            System.out.printf("attack after %d s: %s%n", seconds + 3, attack.summary());
            attack.stop = true;
            thread.join();
            System.out.printf("%-36s %9s %9s %9s %9s %8s%n", "readers", "requests", "p50 ms", "p99 ms", "max ms", "errors");
            for (int i = 0; i < quiet.size(); i++) {
                Readers q = quiet.get(i);
                Readers a = attacked.get(i);
                double[] qs = q.sorted();
                double[] as = a.sorted();
                System.out.printf("%-36s %,9d %9.1f %9.1f %9.1f %8d%n", q.name + ", quiet", qs.length, pct(qs, 50), pct(qs, 99), pct(qs, 100), q.errors.get());
                System.out.printf("%-36s %,9d %9.1f %9.1f %9.1f %8d%n", a.name + ", under attack", as.length, pct(as, 50), pct(as, 99), pct(as, 100), a.errors.get());
                System.out.printf("%-36s p50 %.2fx, p99 %.2fx, requests %.2fx%n", a.name + ", ratio attack / quiet", pct(as, 50) / pct(qs, 50),
                        pct(as, 99) / pct(qs, 99), as.length / (double) qs.length);
                if (!q.errorKinds.isEmpty()) {
                    System.out.println(q.name + " errors, quiet: " + new java.util.TreeMap<>(q.errorKinds));
                }
                if (!a.errorKinds.isEmpty()) {
                    System.out.println(a.name + " errors, under attack: " + new java.util.TreeMap<>(a.errorKinds));
                }
                b.check(a.errors.get() == 0 && as.length > 0, a.name + " failed under slowloris: " + a.errors.get() + " errors, "
                        + as.length + " answers");
            }
        }

        /** Feed and API readers at the same time, each thread on a new connection per request, for the given seconds. */
        List<Readers> measure(String feed, String api, String auth, int seconds) throws InterruptedException {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Readers> readers = List.of(new Readers("feed readers", feed, "", FEED_READERS),
                    new Readers("API readers", api, auth, API_READERS));
            List<Thread> threads = new ArrayList<>();
            for (Readers r : readers) {
                for (int t = 0; t < r.threads; t++) {
                    threads.add(r.start(end));
                }
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return readers;
        }
    }

    /** One thread: every second, one more byte on each connection; notes when the server answers or closes. */
    static final class Slowloris implements Runnable {
        final List<SocketChannel> channels = new ArrayList<>();
        final List<byte[]> payloads = new ArrayList<>();
        final int[] sent;
        final String[] outcome;
        final long start = System.nanoTime();
        final Map<String, List<Double>> closedAfter = new java.util.TreeMap<>();
        volatile boolean stop;

        final int[] kindOf;

        Slowloris(int port, String feed, int n, int[] kinds) throws IOException {
            kindOf = new int[n];
            for (int i = 0; i < n; i++) {
                kindOf[i] = kinds[i % kinds.length];
            }
            String host = "Host: 127.0.0.1:" + port + "\r\n";
            for (int i = 0; i < n; i++) {
                String session = "POST /livebrief/api/session HTTP/1.1\r\n" + host + "Content-Type: application/json\r\n"
                        + "Content-Length: 200000\r\n";
                String kind = switch (kindOf[i]) {
                    case 0 -> "GET " + feed + " HTTP/1.1\r\n" + host + "User-Agent: slow\r\nAccept: */*\r\nX-Padding: "
                            + "a".repeat(4000) + "\r\n\r\n";
                    case 1 -> "GET " + feed + " HTTP/1.1\r\n" + host + "Content-Length: 1000000\r\n\r\n" + "a".repeat(1_000_000);
                    case 2 -> session + "\r\n{\"username\": \"" + "a".repeat(199_980) + "\"}";
                    default -> session + "Expect: 100-continue\r\n\r\n{\"username\": \"" + "a".repeat(199_980) + "\"}";
                };
                payloads.add(kind.getBytes(StandardCharsets.US_ASCII));
                SocketChannel channel = SocketChannel.open();
                channel.bind(new InetSocketAddress(InetAddress.getByName("127.0.3." + (1 + i % 250)), 0));
                channel.connect(new InetSocketAddress("127.0.0.1", port));
                channel.configureBlocking(false);
                channels.add(channel);
                if (kindOf[i] != 0) {
                    // The head at once; the body a byte at a time.
                    byte[] p = payloads.get(i);
                    String text = new String(p, 0, Math.min(p.length, 300), StandardCharsets.US_ASCII);
                    int headEnd = text.indexOf("\r\n\r\n") + 4;
                    channel.write(ByteBuffer.wrap(p, 0, headEnd));
                }
            }
            sent = new int[n];
            outcome = new String[n];
            for (int i = 0; i < n; i++) {
                if (kindOf[i] != 0) {
                    String text = new String(payloads.get(i), 0, 300, StandardCharsets.US_ASCII);
                    sent[i] = text.indexOf("\r\n\r\n") + 4;
                }
            }
        }

        String kind(int i) {
            return switch (kindOf[i]) {
                case 0 -> "slow head";
                case 1 -> "slow body (feed GET)";
                case 2 -> "slow body (session POST)";
                default -> "slow body (session POST, Expect: 100-continue)";
            };
        }

        @Override
        public void run() {
            ByteBuffer in = ByteBuffer.allocate(4096);
            try {
                while (!stop) {
                    long tick = System.nanoTime();
                    for (int i = 0; i < channels.size(); i++) {
                        if (outcome[i] != null) {
                            continue;
                        }
                        SocketChannel channel = channels.get(i);
                        try {
                            in.clear();
                            int n = channel.read(in);
                            if (n != 0) {
                                String got = n < 0 ? "closed" : new String(in.array(), 0, Math.min(n, 12), StandardCharsets.US_ASCII)
                                        .replace("HTTP/1.1 ", "").strip();
                                if (!got.startsWith("100")) { // 100 Continue: go on sending
                                    close(i, got);
                                    continue;
                                }
                            }
                            if (sent[i] < payloads.get(i).length) {
                                channel.write(ByteBuffer.wrap(payloads.get(i), sent[i]++, 1));
                            }
                        } catch (IOException e) {
                            close(i, "reset");
                        }
                    }
                    long rest = 1_000 - (System.nanoTime() - tick) / 1_000_000;
                    if (rest > 0) {
                        Thread.sleep(rest);
                    }
                }
                for (SocketChannel channel : channels) {
                    channel.close();
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private void close(int i, String why) throws IOException {
            outcome[i] = why;
            synchronized (closedAfter) {
                closedAfter.computeIfAbsent(kind(i) + " → " + why, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e9);
            }
            channels.get(i).close();
        }

        String summary() {
            synchronized (closedAfter) {
                long open = Arrays.stream(outcome).filter(o -> o == null).count();
                StringBuilder s = new StringBuilder(open + " of " + outcome.length + " attack connections still open");
                closedAfter.forEach((k, v) -> s.append(String.format("; %s: %d (after %.0f–%.0f s)", k, v.size(),
                        v.stream().mapToDouble(Double::doubleValue).min().orElse(0), v.stream().mapToDouble(Double::doubleValue).max().orElse(0))));
                return s.toString();
            }
        }
    }
}
