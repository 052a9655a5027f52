package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One ping against a stub hub on 127.0.0.1: what counts as taken, what as failed. */
class WebSubHubTest {

    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hub", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WebSubHub hub() {
        return new WebSubHub(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hub"));
    }

    @Test
    void postsTheTopicAsAFormAndA2xxIsTaken() {
        assertThat(hub().publish("https://news.example.com/livebrief/feeds/briefings/a b.atom").join()).isTrue();
        assertThat(bodies).singleElement().satisfies(body -> assertThat(URLDecoder.decode(body, StandardCharsets.UTF_8))
                .isEqualTo("hub.mode=publish&hub.url=https://news.example.com/livebrief/feeds/briefings/a b.atom"));
    }

    @Test
    void anErrorStatusIsNotTaken() {
        status.set(503);
        assertThat(hub().publish("https://news.example.com/x.atom").join()).isFalse();
        assertThat(bodies).hasSize(1);
    }

    @Test
    void aHubThatIsDownIsNotTaken() {
        URI gone = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hub");
        server.stop(0);
        assertThat(new WebSubHub(gone).publish("https://news.example.com/x.atom").join()).isFalse();
    }
}
