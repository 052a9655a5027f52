package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stub hub on 127.0.0.1 that fails the first pings: the notifier retries with backoff until one is taken. */
class WebSubHubTest {

    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger(2);
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(1);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hub", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void publishIsRetriedUntilTheHubTakesIt() throws InterruptedException {
        URI hub = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hub");
        new WebSubHub(hub, executor, 5, 10).publish("https://news.example.com/livebrief/feeds/briefings/a b.atom");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (bodies.size() < 3 && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            Thread.sleep(10);
        }
        assertThat(bodies).hasSize(3).allSatisfy(body -> assertThat(URLDecoder.decode(body, StandardCharsets.UTF_8))
                .isEqualTo("hub.mode=publish&hub.url=https://news.example.com/livebrief/feeds/briefings/a b.atom"));
    }

    @Test
    void givesUpAfterTheLastAttempt() throws InterruptedException {
        failuresLeft.set(100);
        URI hub = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hub");
        new WebSubHub(hub, executor, 2, 10).publish("https://news.example.com/x.atom");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (bodies.size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        executor.shutdown();
        assertThat(executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(bodies).hasSize(2);
    }
}
