import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishing burst for Livebrief (single-file program: java PublishBench.java ...).
 *
 * N clients, each in a loop: a reporter posts an entry (with an Idempotency-Key) and submits it (If-Match "0"), an
 * editor publishes it (If-Match "1"). Every published entry carries a unique word; a few checker threads ask
 * {@code /api/search} for it from the moment the publish was acknowledged until it is found, so "searchable within
 * 1 s" is measured, not assumed. Before the burst, the same clients run an authenticated {@code GET} of the briefing
 * as the baseline of this run (what a call costs when it writes nothing).
 *
 * Arguments: --base http://127.0.0.1:P/livebrief --reporter user:password --editor user:password [--clients 32]
 * [--seconds 20] [--warmup 10] [--settle 0] [--baseline 5] [--pid SERVER_PID --jfr FILE (record the burst with JFR)]
 * [--db postgresql (the server's database runs here: the CPU of the {@code postgres} processes is reported too)]
 *
 * <p>Warm-up: {@code --warmup} seconds of the same load, then more rounds of 10 s until the server's JIT has caught
 * up (its compiler threads used at most {@value #SETTLED_JIT_PERCENT} % of the server's CPU in a round), for at most
 * {@code --settle} seconds (run.sh passes 600). On two cores the JIT of a fresh WildFly with this WAR needs minutes
 * of load: one C2 thread compiles thousands of methods and takes a whole core while it does, so a burst measured
 * earlier measures the compiler as much as the product. Each round is printed, so the cold server's figures
 * stay visible. The burst's report gives the compiler threads' CPU apart.
 */
public class PublishBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");
    static final Duration SEARCH_DEADLINE = Duration.ofSeconds(10);
    static final String[] SENTENCES = {
        "Shelling was reported near Zaporizhzhia overnight, the regional governor said.",
        "Air-raid sirens sounded in Kyiv and Kharkiv shortly after midnight.",
        "Officials in Dnipro said two people were injured when debris fell on a residential block.",
        "The mayor of Mariupol in exile said evacuation talks had stalled again.",
        "Ukrainian forces said they repelled attacks near Bakhmut and Avdiivka.",
        "Power was restored to most of Odesa by the morning, the grid operator said.",
        "President Zelenskiy is expected to address parliament later today.",
        "Russian officials in Moscow declined to comment on the reports.",
    };

    final String api;
    final String reporter;
    final String editor;
    final int clients;
    final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    final AtomicLong sequence = new AtomicLong();
    final AtomicInteger briefings = new AtomicInteger();
    /** The server runs on PostgreSQL on this machine ({@code --db postgresql}): its processes' CPU is read too. */
    boolean postgresql;

    PublishBench(String base, String reporter, String editor, int clients) {
        this.api = base + "/api";
        this.reporter = basic(reporter);
        this.editor = basic(editor);
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        PublishBench bench = new PublishBench(opts.get("base"), opts.get("reporter"), opts.get("editor"),
                Integer.parseInt(opts.getOrDefault("clients", "32")));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
        bench.postgresql = "postgresql".equals(opts.get("db"));
        // The warm-up publishes into a briefing of its own (tens of thousands of entries when the JIT is slow to catch
        // up); the measured burst starts a new one, as a desk does for a new story.
        long warmUpBriefing = bench.createBriefing();
        bench.warmUp(warmUpBriefing, Integer.parseInt(opts.getOrDefault("warmup", "10")),
                Integer.parseInt(opts.getOrDefault("settle", "0")), opts.get("pid"));
        long briefing = bench.createBriefing();
        System.out.printf("briefing %d, %d clients, %d CPUs shared by client and server%n", briefing, bench.clients,
                Runtime.getRuntime().availableProcessors());
        int baselineSeconds = Integer.parseInt(opts.getOrDefault("baseline", "5"));
        Stats baseline = bench.reads(briefing, baselineSeconds, opts.get("pid"));
        Recording jfr = Recording.start(opts.get("pid"), opts.get("jfr"));
        Watchdog watchdog = Watchdog.start(bench.inFlight, opts.get("pid"), opts.get("dumps"));
        Stats burst = bench.burst(briefing, seconds, jfr, opts.get("pid"));
        if (watchdog != null) {
            watchdog.stop();
        }
        report(baseline, baselineSeconds, burst, seconds);
        System.exit(burst.errors.get() == 0 && burst.searchLate.get() == 0 && burst.searchMissing.get() == 0 ? 0 : 1);
    }

    /**
     * A warm-up round whose JIT compiler threads used at most this share of the server's CPU counts as a JIT that has
     * caught up with the load. (The compile queue is no sign: it is empty between the methods that become hot.)
     */
    static final double SETTLED_JIT_PERCENT = 5;
    static final int SETTLE_ROUND_SECONDS = 10;

    /**
     * The fixed warm-up, then rounds until the JIT's compiler threads used at most {@link #SETTLED_JIT_PERCENT} of the
     * server's CPU in one, or {@code settleSeconds} have passed. Prints each round: a cold server's entries/s and the
     * compiler's share of the server's CPU.
     */
    void warmUp(long briefing, int seconds, int settleSeconds, String pid) throws Exception {
        long start = System.nanoTime();
        long limit = start + TimeUnit.SECONDS.toNanos(seconds + settleSeconds);
        Stats round = burst(briefing, seconds, null, pid);
        reportWarmUp(round, seconds, start);
        while (pid != null && round.compilerShare() > SETTLED_JIT_PERCENT && System.nanoTime() < limit) {
            round = burst(briefing, SETTLE_ROUND_SECONDS, null, pid);
            reportWarmUp(round, SETTLE_ROUND_SECONDS, start);
        }
        if (settleSeconds > 0 && pid != null) {
            System.out.printf("warm-up: %d s in all; the JIT %s%n", (System.nanoTime() - start) / 1_000_000_000L,
                    round.compilerShare() <= SETTLED_JIT_PERCENT ? "caught up"
                            : "had NOT caught up: the burst measures the compiler too");
        }
    }

    private static void reportWarmUp(Stats round, int seconds, long start) {
        System.out.printf("warm-up %3d s: %6.1f entries/s, the JIT %3.0f %% of the server's CPU%n",
                (System.nanoTime() - start) / 1_000_000_000L, round.published.get() / (double) seconds, round.compilerShare());
    }

    /** Measured calls of one phase. */
    static final class Stats {
        final Map<String, ConcurrentLinkedQueue<Long>> nanos = new HashMap<>();
        final ConcurrentLinkedQueue<Long> searchNanos = new ConcurrentLinkedQueue<>();
        final AtomicInteger published = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger searchLate = new AtomicInteger();
        final AtomicInteger searchMissing = new AtomicInteger();
        final AtomicInteger searchQueries = new AtomicInteger();
        final AtomicInteger foundByFirstQuery = new AtomicInteger();
        long serverCpuMillis;
        long serverSystemMillis;
        /** The part of {@link #serverCpuMillis} spent by the JIT's compiler threads. */
        long compilerMillis;
        /** CPU time of the machine's {@code postgres} processes meanwhile (0 on H2, which runs inside the server). */
        long databaseMillis;
        /** CPU time of this client meanwhile (it shares the cores). */
        long clientMillis;
        final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

        double compilerShare() {
            return serverCpuMillis == 0 ? 0 : 100.0 * compilerMillis / serverCpuMillis;
        }

        Stats(String... kinds) {
            for (String kind : kinds) {
                nanos.put(kind, new ConcurrentLinkedQueue<>());
            }
        }

        List<Long> all() {
            List<Long> all = new ArrayList<>();
            nanos.values().forEach(all::addAll);
            return all;
        }

        void error(String what) {
            errors.incrementAndGet();
            if (errorSamples.size() < 5) {
                errorSamples.add(what);
            }
        }
    }

    /** The baseline: every client reads the briefing as the editor, for {@code seconds}. */
    Stats reads(long briefing, int seconds, String pid) throws Exception {
        Stats stats = new Stats("read");
        long cpu = cpuMillis(pid);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        runClients(() -> {
            while (System.nanoTime() < end) {
                call(stats, "read", get(api + "/briefings/" + briefing, editor), 200);
            }
        });
        stats.serverCpuMillis = cpuMillis(pid) - cpu;
        return stats;
    }

    /** Clients post, submit and publish for {@code seconds}; returns once every search check has finished. */
    Stats burst(long briefing, int seconds, Recording jfr, String pid) throws Exception {
        Stats stats = new Stats("post", "submit", "publish");
        long cpu = cpuMillis(pid);
        long system = systemMillis(pid);
        long compiler = compilerMillis(pid);
        long database = postgresql ? databaseMillis() : 0;
        long client = clientMillis();
        // One thread per pending check, so a check never waits behind another (at most about one per client).
        ExecutorService checkers = Executors.newCachedThreadPool();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        runClients(() -> {
            while (System.nanoTime() < end) {
                cycle(briefing, stats, checkers);
            }
        });
        stats.serverCpuMillis = cpuMillis(pid) - cpu;
        stats.serverSystemMillis = systemMillis(pid) - system;
        stats.compilerMillis = compilerMillis(pid) - compiler;
        stats.databaseMillis = postgresql ? databaseMillis() - database : 0;
        stats.clientMillis = clientMillis() - client;
        if (jfr != null) {
            jfr.stop();
        }
        checkers.shutdown();
        checkers.awaitTermination(1, TimeUnit.MINUTES);
        return stats;
    }

    void cycle(long briefing, Stats stats, ExecutorService checkers) {
        String word = "lbq" + run + "x" + Long.toString(sequence.incrementAndGet(), 36) + "7";
        String body = "{\"body\": \"<p>" + SENTENCES[(int) (sequence.get() % SENTENCES.length)] + " " + word + "</p><p>"
                + SENTENCES[(int) ((sequence.get() + 3) % SENTENCES.length)] + "</p>\"}";
        String entries = api + "/briefings/" + briefing + "/entries";
        HttpResponse<String> posted = call(stats, "post", HttpRequest.newBuilder(URI.create(entries))
                .header("Authorization", reporter).header("Content-Type", "application/json")
                .header("Idempotency-Key", word).POST(HttpRequest.BodyPublishers.ofString(body)), 201);
        if (posted == null) {
            return;
        }
        Matcher id = ID.matcher(posted.body());
        if (!id.find()) {
            stats.error("post: no id in " + posted.body());
            return;
        }
        String entry = entries + "/" + id.group(1);
        if (call(stats, "submit", transition(entry + "/submit", reporter, "0"), 200) == null) {
            return;
        }
        if (call(stats, "publish", transition(entry + "/publish", editor, "1"), 200) == null) {
            return;
        }
        long acknowledged = System.nanoTime();
        stats.published.incrementAndGet();
        checkers.execute(() -> searchable(stats, word, id.group(1), acknowledged));
    }

    /** Asks search for the entry's word until the entry is a hit; records the time from the publish's answer. */
    void searchable(Stats stats, String word, String entryId, long acknowledged) {
        String url = api + "/search?limit=5&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        long deadline = acknowledged + SEARCH_DEADLINE.toNanos();
        boolean first = true;
        while (System.nanoTime() < deadline) {
            try {
                stats.searchQueries.incrementAndGet();
                HttpResponse<String> r = HTTP.send(get(url, null).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"entryId\":" + entryId + ",")) {
                    long took = System.nanoTime() - acknowledged;
                    if (first) {
                        stats.foundByFirstQuery.incrementAndGet();
                    }
                    stats.searchNanos.add(took);
                    if (took > TimeUnit.SECONDS.toNanos(1)) {
                        stats.searchLate.incrementAndGet();
                    }
                    return;
                }
                if (r.statusCode() != 200) {
                    stats.error("search " + r.statusCode() + " " + r.body());
                }
                first = false;
                Thread.sleep(50);
            } catch (IOException | InterruptedException e) {
                stats.error("search: " + e);
                return;
            }
        }
        stats.searchMissing.incrementAndGet();
    }

    HttpResponse<String> call(Stats stats, String kind, HttpRequest.Builder request, int expected) {
        long started = System.nanoTime();
        Object token = new Object();
        inFlight.put(token, started);
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            stats.nanos.get(kind).add(System.nanoTime() - started);
            if (r.statusCode() != expected) {
                stats.error(kind + " " + r.statusCode() + " " + r.body());
                return null;
            }
            return r;
        } catch (IOException | InterruptedException e) {
            stats.error(kind + ": " + e);
            return null;
        } finally {
            inFlight.remove(token);
        }
    }

    /** The calls under way and when each was sent (System.nanoTime), for the watchdog. */
    final java.util.concurrent.ConcurrentHashMap<Object, Long> inFlight = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Takes a thread dump of the server ({@code jcmd PID Thread.print -l}) into DIR when a call of the burst has been
     * under way for more than 800 ms: at most one every 10 s, 3 in all. A stall of every kind of call at once is then
     * caught while it lasts, without JFR (whose recording disturbs this load: docs/benchmarks.md, "Stop 29").
     */
    static final class Watchdog {
        private final Thread thread;
        private volatile boolean running = true;
        private final List<String> taken = new ArrayList<>();

        private Watchdog(Map<Object, Long> inFlight, String pid, Path dir) {
            thread = new Thread(() -> {
                long last = 0;
                while (running && taken.size() < 3) {
                    long now = System.nanoTime();
                    long oldest = inFlight.values().stream().mapToLong(Long::longValue).min().orElse(now);
                    if (now - oldest > 800_000_000L && (last == 0 || now - last > 10_000_000_000L)) {
                        last = now;
                        Path file = dir.resolve("stall-" + (taken.size() + 1) + ".txt");
                        try {
                            new ProcessBuilder("jcmd", pid, "Thread.print", "-l").redirectErrorStream(true)
                                    .redirectOutput(file.toFile()).start().waitFor();
                            taken.add(file + " (a call under way for " + (now - oldest) / 1_000_000 + " ms)");
                        } catch (IOException | InterruptedException e) {
                            return;
                        }
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "watchdog");
            thread.setDaemon(true);
            thread.start();
        }

        static Watchdog start(Map<Object, Long> inFlight, String pid, String dir) {
            return pid == null || dir == null ? null : new Watchdog(inFlight, pid, Path.of(dir));
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(5000);
            for (String dump : taken) {
                System.out.println("server thread dump during a slow call: " + dump);
            }
        }
    }

    void runClients(Runnable client) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                try {
                    client.run();
                } finally {
                    done.countDown();
                }
            }, "client-" + i);
            t.start();
        }
        done.await();
    }

    long createBriefing() throws IOException, InterruptedException {
        String body = "{\"slug\": \"publish-bench-" + run + "-" + briefings.incrementAndGet() + "\", \"language\": \"en\","
                + " \"title\": \"Publishing benchmark\", \"timeZone\": \"Europe/Kyiv\"}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/briefings"))
                .header("Authorization", editor).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(r.body());
        if (r.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("creating the briefing: " + r.statusCode() + " " + r.body());
        }
        return Long.parseLong(id.group(1));
    }

    /** CPU time (user + system) the process has used so far, from /proc; 0 without a pid. */
    static long cpuMillis(String pid) throws IOException {
        if (pid == null) {
            return 0;
        }
        String[] fields = statFields(pid);
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS;
    }

    /** The part of {@link #cpuMillis} spent in the kernel (system calls: network, disk, locks); 0 without a pid. */
    static long systemMillis(String pid) throws IOException {
        return pid == null ? 0 : Long.parseLong(statFields(pid)[12]) * 1000 / CLOCK_TICKS;
    }

    /** CPU time of the JVM's JIT compiler threads (C1 and C2), from /proc/PID/task; 0 without a pid. */
    static long compilerMillis(String pid) throws IOException {
        return pid == null ? 0 : cpuMillisOf(java.nio.file.Path.of("/proc", pid, "task"), "C[12] CompilerThre.*");
    }

    /** CPU time this client's JVM has used so far. */
    static long clientMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /**
     * CPU time of every process named {@code postgres} (the server and its backends), from /proc: on PostgreSQL the
     * database's share of the work runs there, on the same cores. Backends that end between two readings are missed.
     */
    static long databaseMillis() throws IOException {
        return cpuMillisOf(java.nio.file.Path.of("/proc"), "postgres");
    }

    /**
     * CPU time (user + system) of the processes or threads listed in {@code dir} (/proc or /proc/PID/task) whose name
     * matches {@code name}; one that ends while they are read is left out.
     */
    private static long cpuMillisOf(java.nio.file.Path dir, String name) throws IOException {
        long ticks = 0;
        try (var listed = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path one : (Iterable<java.nio.file.Path>) listed::iterator) {
                if (!one.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                try {
                    String stat = java.nio.file.Files.readString(one.resolve("stat"));
                    if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).matches(name)) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException gone) {
                    // ended while we listed them
                }
            }
        }
        return ticks * 1000 / CLOCK_TICKS;
    }

    /** The fields of /proc/PID/stat after the process name (utime is [11], stime [12]). */
    private static String[] statFields(String pid) throws IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    static final long CLOCK_TICKS = clockTicks();

    static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Long.parseLong(new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return 100;
        }
    }

    static HttpRequest.Builder get(String url, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    static HttpRequest.Builder transition(String url, String authorization, String version) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("If-Match", "\"" + version + "\"").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
    }

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    static double ms(List<Long> nanos, double quantile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(quantile * sorted.size()) - 1));
        return sorted.get(index) / 1e6;
    }

    static void report(Stats baseline, int baselineSeconds, Stats burst, int seconds) {
        List<Long> reads = baseline.all();
        double readP50 = ms(reads, 0.5);
        double readP99 = ms(reads, 0.99);
        double readRate = reads.size() / (double) baselineSeconds;
        List<Long> calls = burst.all();
        double rate = burst.published.get() / (double) seconds;
        double p50 = ms(calls, 0.5);
        double p99 = ms(calls, 0.99);
        System.out.printf("%nbaseline: authenticated GET of the briefing, %.1f calls/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                readRate, readP50, readP99, baseline.errors.get());
        System.out.printf("entries/s              %8.1f   (%.2f× the target of 100)%n", rate, rate / 100);
        System.out.printf("calls/s                %8.1f   (%.2f× the baseline GET's calls/s)%n", calls.size() / (double) seconds,
                calls.size() / (double) seconds / readRate);
        System.out.printf("per-call p50           %8.1f ms (%.1f× the baseline GET's p50)%n", p50, p50 / readP50);
        System.out.printf("per-call p99           %8.1f ms (%.1f× the baseline GET's p99; %.2f× the target of 200 ms)%n",
                p99, p99 / readP99, p99 / 200);
        for (String kind : List.of("post", "submit", "publish")) {
            List<Long> k = new ArrayList<>(burst.nanos.get(kind));
            System.out.printf("  %-8s %6d calls  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", kind, k.size(),
                    ms(k, 0.5), ms(k, 0.99), ms(k, 1.0));
        }
        if (burst.serverCpuMillis > 0 && burst.published.get() > 0 && reads.size() > 0) {
            double perEntry = burst.serverCpuMillis / (double) burst.published.get();
            double perRead = baseline.serverCpuMillis / (double) reads.size();
            System.out.printf("server CPU per entry   %8.1f ms (post, submit, publish and its search checks; %.1f× the %.2f ms of"
                    + " a baseline GET; %d cores would sustain about %.0f entries/s at this cost)%n", perEntry, perEntry / perRead,
                    perRead, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * 1000 / perEntry);
            System.out.printf("  of it in the kernel    %8.1f ms (%.0f %%: system calls for the network, the disk and locks)%n",
                    burst.serverSystemMillis / (double) burst.published.get(),
                    100.0 * burst.serverSystemMillis / burst.serverCpuMillis);
            System.out.printf("  of it in the JIT       %8.1f ms (%.0f %%: the compiler threads, not the product's work)%n",
                    burst.compilerMillis / (double) burst.published.get(), burst.compilerShare());
            System.out.printf("client CPU per entry   %8.1f ms (this program: the clients and the search checks, on the same cores)%n",
                    burst.clientMillis / (double) burst.published.get());
            if (burst.databaseMillis > 0) {
                double database = burst.databaseMillis / (double) burst.published.get();
                System.out.printf("PostgreSQL CPU per entry %6.1f ms (its processes, on the same cores: with the server's,"
                        + " %.1f ms, so %d cores would sustain about %.0f entries/s without the client)%n", database,
                        perEntry + database, Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors() * 1000 / (perEntry + database));
            }
        }
        System.out.printf("errors                 %8d%n", burst.errors.get());
        burst.errorSamples.forEach(e -> System.out.println("  e.g. " + e.replaceAll("\\s+", " ")
                .substring(0, Math.min(200, e.length()))));
        List<Long> found = new ArrayList<>(burst.searchNanos);
        System.out.printf("searchable after publish (until the answer that found it): p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " %d of %d later than 1 s, %d not found within %d s; %d found by the first search sent after the"
                        + " publish answer (%d search queries)%n", ms(found, 0.5), ms(found, 0.99), ms(found, 1.0),
                burst.searchLate.get(), burst.published.get(), burst.searchMissing.get(), SEARCH_DEADLINE.toSeconds(),
                burst.foundByFirstQuery.get(), burst.searchQueries.get());
        System.out.printf("every entry searchable within 1 s: %s%n",
                burst.searchLate.get() == 0 && burst.searchMissing.get() == 0 ? "yes" : "NO");
    }

    /** A JFR recording of the server during the burst, through jcmd (the server runs as the same user). */
    record Recording(String pid, String file) {
        static Recording start(String pid, String file) throws IOException, InterruptedException {
            if (pid == null || file == null) {
                return null;
            }
            jcmd(pid, "JFR.start", "name=publish", "settings=profile");
            return new Recording(pid, file);
        }

        void stop() {
            try {
                jcmd(pid, "JFR.stop", "name=publish", "filename=" + file);
            } catch (IOException | InterruptedException e) {
                System.out.println("JFR.stop failed: " + e);
            }
        }

        static void jcmd(String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("jcmd"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IOException("jcmd " + String.join(" ", args) + " failed");
            }
        }
    }
}
