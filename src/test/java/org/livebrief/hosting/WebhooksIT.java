package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/**
 * Issue #18 item 6: signed webhooks. A receiver inside the test (the JDK's HTTP server) checks each delivery's
 * Standard Webhooks signature with its own HMAC, sees the messages in change-log order, fails the first attempts and
 * sees them retried, and hangs without holding up publication. The server runs with
 * {@code livebrief.webhooks.allow-private-addresses=true} (the receiver is on loopback) and a short back-off.
 */
class WebhooksIT extends DeployedWar {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final List<String> ALL_EVENTS = List.of("entry.published", "entry.corrected", "entry.retracted",
            "entry.key_event", "briefing.closed");

    @Test
    void deliveriesAreSignedInChangeLogOrderAndRetriedAfterTheReceiverFails() throws Exception {
        try (Receiver receiver = new Receiver(0, null)) {
            JsonObject endpoint = register(receiver.url(), ALL_EVENTS);
            String secret = endpoint.getString("secret");
            assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");

            long briefing = newsroom.briefing("webhooks-order");
            // The endpoint hears every briefing: the refusals go to this one's first message. Counted over every
            // request, they once went to other messages (a stop 26 PostgreSQL run: the first message got [200] only),
            // which another briefing's message arriving first would explain.
            receiver.refuseFirst(2, briefing);
            long first = newsroom.published(briefing, "{\"body\": \"<p>Sirens in Kyiv.</p>\", \"keyEvent\": true}");
            long second = newsroom.published(briefing, "{\"body\": \"<p>All clear in Lviv.</p>\"}");
            correct(briefing, first, "<p>Sirens in Kyiv and Odesa.</p>", "Odesa added");
            // Messages are made from the change log shortly after each commit, from what is public then: a publication
            // retracted before its message is made is never announced (only the retraction is). Let both publications'
            // messages exist before retracting, so the order below is the whole story, however slow the machine.
            String deliveries = "api/webhooks/" + Newsroom.id(endpoint) + "/deliveries?limit=200";
            await(() -> api.as("admin").get(deliveries).jsonArray().stream()
                    .filter(line -> line.asJsonObject().getString("event").equals("entry.published")).count() >= 2 ? true : null);
            assertThat(newsroom.transition(briefing, second, "retract", "editor", "{\"reason\": \"Wrong city\"}").status())
                    .isEqualTo(200);
            long version = api.get("api/briefings/" + briefing).json().getJsonNumber("version").longValue();
            assertThat(api.as("editor").header("If-Match", "\"" + version + "\"")
                    .post("api/briefings/" + briefing + "/close", "{}").status()).isEqualTo(200);

            List<String> expected = List.of("entry.published " + first, "entry.key_event " + first,
                    "entry.published " + second, "entry.corrected " + first, "entry.retracted " + second,
                    "briefing.closed");
            List<Delivery> accepted = await(() -> {
                List<Delivery> mine = receiver.accepted().stream().filter(d -> d.briefing() == briefing).toList();
                return mine.size() >= expected.size() ? mine : null;
            }, () -> receiver.all().stream().map(d -> d.status() + " " + d.body()).toList().toString());
            assertThat(accepted).extracting(Delivery::what).as("change-log order").containsExactlyElementsOf(expected);
            for (Delivery delivery : accepted) {
                assertThat(delivery.verifies(secret)).as("signature of %s", delivery.id()).isTrue();
                assertThat(delivery.verifies(WebhookSignature.newSecret())).isFalse();
                assertThat(Math.abs(delivery.timestamp() - Instant.now().getEpochSecond()))
                        .as("webhook-timestamp is the time of sending, in seconds").isLessThan(300);
            }
            JsonObject published = accepted.get(0).json();
            assertThat(published.getJsonObject("data").getJsonObject("entry").getString("url"))
                    .endsWith("/livebrief/briefings/" + api.get("api/briefings/" + briefing).json().getString("slug")
                            + "/entries/" + first);

            // The first message was refused twice (503) and delivered on the third attempt, with the same id.
            String firstId = accepted.get(0).id();
            assertThat(receiver.all().stream().filter(d -> d.id().equals(firstId)).map(Delivery::status))
                    .containsExactly(503, 503, 200);
            JsonArray log = api.as("admin").get("api/webhooks/" + Newsroom.id(endpoint) + "/deliveries?limit=200").jsonArray();
            JsonObject firstLine = log.stream().map(v -> v.asJsonObject())
                    .filter(line -> line.getString("messageId").equals(firstId)).findFirst().orElseThrow();
            assertThat(firstLine.getString("state")).isEqualTo("delivered");
            assertThat(firstLine.getInt("attempts")).isEqualTo(3);
            assertThat(firstLine.getInt("lastStatus")).isEqualTo(200);
            assertThat(firstLine.getString("event")).isEqualTo("entry.published");
            delete(endpoint);
        }
    }

    @Test
    void afterARotationBothSecretsSignUntilTheGracePeriodEnds() throws Exception {
        try (Receiver receiver = new Receiver(0, null)) {
            JsonObject endpoint = register(receiver.url(), List.of("entry.published"));
            String old = endpoint.getString("secret");
            String path = "api/webhooks/" + Newsroom.id(endpoint) + "/secret";
            assertThat(api.as("admin").post(path, "{}").status()).as("If-Match is required").isEqualTo(428);
            Api.Reply rotated = api.as("admin").header("If-Match", "\"" + endpoint.getInt("version") + "\"").post(path, "{}");
            assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
            String fresh = rotated.json().getString("secret");
            assertThat(fresh).isNotEqualTo(old);
            assertThat(rotated.json().containsKey("previousSecretValidUntil")).isTrue();
            assertThat(api.as("admin").header("If-Match", "\"" + endpoint.getInt("version") + "\"").post(path, "{}")
                    .status()).as("a stale version").isEqualTo(412);

            long briefing = newsroom.briefing("webhooks-rotation");
            long entry = newsroom.published(briefing, "{\"body\": \"<p>Rotation.</p>\"}");
            Delivery delivery = await(() -> receiver.accepted().stream().filter(d -> d.briefing() == briefing)
                    .findFirst().orElse(null));
            assertThat(delivery.what()).isEqualTo("entry.published " + entry);
            assertThat(delivery.signature().split(" ")).hasSize(2);
            assertThat(delivery.verifies(fresh)).isTrue();
            assertThat(delivery.verifies(old)).isTrue();
            delete(api.as("admin").get("api/webhooks/" + Newsroom.id(endpoint)).json());
        }
    }

    @Test
    void aHangingEndpointNeverHoldsUpPublishingNorOtherEndpoints() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (Receiver hanging = new Receiver(0, release); Receiver healthy = new Receiver(0, null)) {
            JsonObject stuck = register(hanging.url(), List.of("entry.published"));
            JsonObject fine = register(healthy.url(), List.of("entry.published"));
            long briefing = newsroom.briefing("webhooks-hang");
            long first = newsroom.published(briefing, "{\"body\": \"<p>One.</p>\"}");
            await(() -> hanging.arrived.get() > 0 ? true : null);

            // The hanging receiver holds the first delivery open; publishing goes on and completes.
            long second = newsroom.published(briefing, "{\"body\": \"<p>Two.</p>\"}");
            long third = newsroom.published(briefing, "{\"body\": \"<p>Three.</p>\"}");
            assertThat(release.getCount()).as("still hanging while the publications completed").isEqualTo(1);
            assertThat(hanging.answered.get()).isZero();

            List<Delivery> received = await(() -> {
                List<Delivery> mine = healthy.accepted().stream().filter(d -> d.briefing() == briefing).toList();
                return mine.size() >= 3 ? mine : null;
            });
            assertThat(received).extracting(Delivery::what).containsExactly("entry.published " + first,
                    "entry.published " + second, "entry.published " + third);
            // Behind the hanging delivery the stuck endpoint's next messages wait their turn, in order.
            JsonArray log = api.as("admin").get("api/webhooks/" + Newsroom.id(stuck) + "/deliveries").jsonArray();
            assertThat(log.stream().map(v -> v.asJsonObject().getString("state")).distinct()).containsOnly("pending");
            assertThat(hanging.arrived.get()).as("one at a time per endpoint").isEqualTo(1);
            delete(stuck);
            delete(fine);
        } finally {
            release.countDown();
        }
    }

    @Test
    void registrationRefusesBadInputWithProblems() {
        for (String body : new String[] {
                "{\"url\": \"ftp://127.0.0.1/hook\", \"events\": [\"entry.published\"]}",
                "{\"url\": \"file:///etc/passwd\", \"events\": [\"entry.published\"]}",
                "{\"url\": \"http://user:pw@127.0.0.1/hook\", \"events\": [\"entry.published\"]}",
                "{\"url\": \"http://127.0.0.1/hook\", \"events\": []}",
                "{\"url\": \"http://127.0.0.1/hook\", \"events\": [\"entry.deleted\"]}",
                "{\"events\": [\"entry.published\"]}",
                "{\"url\": \"http://no-such-host.invalid/hook\", \"events\": [\"entry.published\"]}"}) {
            Api.Reply reply = api.as("admin").post("api/webhooks", body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.as("editor").post("api/webhooks",
                "{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"entry.published\"]}").status()).isEqualTo(403);
        JsonObject made = register("http://127.0.0.1:9/hook", List.of("briefing.closed"));
        String path = "api/webhooks/" + Newsroom.id(made);
        assertThat(api.as("admin").get(path).json().containsKey("secret")).as("the secret is shown once").isFalse();
        assertThat(api.as("admin").get("api/webhooks").body()).doesNotContain(made.getString("secret"));
        assertThat(api.as("admin").send("DELETE", path, null, new byte[0]).status()).isEqualTo(428);
        delete(made);
        assertThat(api.as("admin").get(path).status()).isEqualTo(404);
        assertThat(api.as("admin").get(path + "/deliveries").status()).isEqualTo(404);
    }

    // ---- helpers

    private JsonObject register(String url, List<String> events) {
        String list = String.join("\", \"", events);
        Api.Reply made = api.as("admin").post("api/webhooks", "{\"url\": \"%s\", \"events\": [\"%s\"], \"description\": \"IT\"}"
                .formatted(url, list));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.header("Location")).endsWith("/api/webhooks/" + Newsroom.id(made.json()));
        return made.json();
    }

    private void delete(JsonObject endpoint) {
        Api.Reply deleted = api.as("admin").header("If-Match", "\"" + endpoint.getInt("version") + "\"")
                .send("DELETE", "api/webhooks/" + Newsroom.id(endpoint), null, new byte[0]);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    }

    private void correct(long briefing, long entry, String body, String note) {
        String path = "api/briefings/" + briefing + "/entries/" + entry;
        long version = api.as("admin").get(path).json().getJsonNumber("version").longValue();
        Api.Reply reply = api.as("editor").header("If-Match", "\"" + version + "\"")
                .put(path, "{\"body\": \"" + body + "\", \"correctionNote\": \"" + note + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static <T> T await(Supplier<T> condition) throws InterruptedException {
        return await(condition, () -> "");
    }

    private static <T> T await(Supplier<T> condition, Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("not within " + DEADLINE + " " + state.get());
    }

    /** One request the receiver got, and what it answered. */
    record Delivery(String id, long timestamp, String signature, String body, int status) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        long briefing() {
            return json().getJsonObject("data").getJsonObject("briefing").getJsonNumber("id").longValue();
        }

        String what() {
            JsonObject data = json().getJsonObject("data");
            return json().getString("type") + (data.containsKey("entry")
                    ? " " + data.getJsonObject("entry").getJsonNumber("id").longValue() : "");
        }

        /** The Standard Webhooks check, done here by hand: any v1 signature equal to HMAC-SHA256(id.timestamp.body). */
        boolean verifies(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return List.of(signature.split(" ")).contains(expected);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A webhook receiver on loopback: refuses the first {@code failures} requests with 503, or hangs until released. */
    static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        final AtomicInteger arrived = new AtomicInteger();
        final AtomicInteger answered = new AtomicInteger();

        Receiver(int failures, CountDownLatch hangUntil) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(threads);
            server.createContext("/", exchange -> {
                arrived.incrementAndGet();
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (hangUntil != null) {
                    try {
                        hangUntil.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                int status = arrived.get() <= failures || refused(body) ? 503 : 200;
                deliveries.add(new Delivery(header(exchange, "webhook-id"),
                        Long.parseLong(header(exchange, "webhook-timestamp")), header(exchange, "webhook-signature"), body,
                        status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
                answered.incrementAndGet();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/livebrief";
        }

        private volatile long refusedBriefing = -1;
        private final AtomicInteger refusalsLeft = new AtomicInteger();

        /** Refuses the first {@code count} deliveries of {@code briefing}'s messages with 503 (others are taken). */
        void refuseFirst(int count, long briefing) {
            refusalsLeft.set(count);
            refusedBriefing = briefing;
        }

        private boolean refused(String body) {
            if (refusedBriefing < 0 || refusalsLeft.get() <= 0) {
                return false;
            }
            JsonObject data = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject().getJsonObject("data");
            JsonObject briefing = data == null ? null : data.getJsonObject("briefing");
            return briefing != null && briefing.getJsonNumber("id").longValue() == refusedBriefing
                    && refusalsLeft.getAndDecrement() > 0;
        }

        List<Delivery> all() {
            return new ArrayList<>(deliveries);
        }

        List<Delivery> accepted() {
            return deliveries.stream().filter(d -> d.status() == 200).toList();
        }

        private static String header(HttpExchange exchange, String name) {
            return exchange.getRequestHeaders().getFirst(name);
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
