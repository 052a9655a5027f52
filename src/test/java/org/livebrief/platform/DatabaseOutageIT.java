package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;

/**
 * A real database outage (issue #13, finding 13), on PostgreSQL only ({@code mvn verify -Ppostgresql}): the test
 * cuts the server off its own database the way a restart does (every backend terminated, then no connections
 * accepted) without touching anyone else's, sends requests, and lets it back in. Requests in between get 503 with
 * {@code Retry-After}, the log gets one line for the outage (no stack traces), and the pool recovers without a
 * redeploy.
 */
class DatabaseOutageIT extends DeployedWar {

    private static final String DATABASE = System.getProperty("it.pg.database", "");
    private static final String ADMIN_URL = System.getProperty("it.pg.admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");

    @Test
    void requestsDuringAnOutageAre503AndTheLogSaysSoOnce() throws Exception {
        assumeTrue(!DATABASE.isBlank(), "needs PostgreSQL: mvn verify -Ppostgresql");
        long briefing = newsroom.briefing("outage");
        String path = "api/briefings/" + briefing;
        assertThat(api.get(path).status()).isEqualTo(200);
        Path log = Path.of(System.getProperty("it.server.log"));
        long logBefore = Files.size(log);

        List<Api.Reply> during = new ArrayList<>();
        long recoveredMillis;
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
            outage(admin, true);
            try {
                for (int i = 0; i < 10; i++) {
                    during.add(api.get(path));
                    during.add(api.get(path + "/entries"));
                    during.add(api.as("editor").post(path + "/entries", "{\"body\": \"During the outage " + i + "\"}"));
                    during.add(api.get("api/names/resolve?q=Kyiv"));
                }
            } finally {
                outage(admin, false);
            }
            long start = System.nanoTime();
            awaitTrue(Duration.ofSeconds(30), () -> api.get(path).status() == 200);
            recoveredMillis = (System.nanoTime() - start) / 1_000_000;
        }
        for (Api.Reply reply : during) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).isEqualTo(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().getString("type")).isEqualTo("/livebrief/problems/unavailable");
        }
        assertThat(newsroom.post(briefing, "editor", "{\"body\": \"After the outage\"}").getJsonNumber("id")).isNotNull();
        awaitTrue(Duration.ofSeconds(30), () -> logSince(log, logBefore).contains("Database available again"));

        String written = logSince(log, logBefore);
        System.out.printf("Outage: %d requests answered 503, recovered %d ms after the database came back; log:%n%s%n",
                during.size(), recoveredMillis, written);
        assertThat(written.lines().filter(l -> l.contains("Database unavailable"))).hasSize(1);
        assertThat(written).doesNotContain("\tat ", "Caused by", "incident");
        assertThat(written.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).count())
                .as(written).isLessThanOrEqualTo(2);
    }

    /** Cuts this test server's database off (every backend gone, no new connections) or lets it back in. */
    private static void outage(Connection admin, boolean begin) throws SQLException {
        try (Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS " + !begin);
            if (begin) {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
            }
        }
    }

    private static String logSince(Path log, long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitTrue(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within " + timeout).isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
        }
    }
}
