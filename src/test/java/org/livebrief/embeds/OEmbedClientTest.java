package org.livebrief.embeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Titles (and an admin provider's player) from a real HTTP oEmbed endpoint on this machine; failures mean no title. */
class OEmbedClientTest {

    private HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicReference<String> asked = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final OEmbedClient client = new OEmbedClient(Duration.ofMillis(500));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oembed", exchange -> {
            asked.set(exchange.getRequestURI().getRawQuery());
            String body = answer.get();
            if (body.equals("hang")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                body = "{}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body.startsWith("!") ? 500 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private EmbedProviders providers() {
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/oembed";
        return new EmbedProviders(Set.of(), List.of(new OEmbedProvider("media", "Media Hub", List.of("https://media.example/v/*"),
                URI.create(endpoint), "https://player.media.example")));
    }

    private OEmbedClient.Answer ask() throws EmbedRefused {
        EmbedProviders providers = providers();
        return client.ask(providers, providers.embed("https://media.example/v/42"));
    }

    @Test
    void theTitleAndAPlayerOnTheConfiguredOriginAreTaken() throws EmbedRefused {
        answer.set("{\"version\":\"1.0\",\"type\":\"video\",\"title\":\"Kyiv:\\n press\\u0007 briefing\","
                + "\"html\":\"<iframe src=\\\"https://player.media.example/e/42?autoplay=0\\\"></iframe><script src=\\\"https://media.example/x.js\\\"></script>\"}");
        OEmbedClient.Answer result = ask();
        assertThat(result.title()).isEqualTo("Kyiv: press briefing");
        assertThat(result.frameSrc()).isEqualTo("https://player.media.example/e/42?autoplay=0");
        assertThat(asked.get()).isEqualTo("format=json&url=https%3A%2F%2Fmedia.example%2Fv%2F42");
    }

    @Test
    void aPlayerElsewhereOrAScriptIsNotTaken() throws EmbedRefused {
        answer.set("{\"title\":\"t\",\"html\":\"<iframe src=\\\"https://player.media.example.evil.example/e\\\"></iframe>\"}");
        assertThat(ask().frameSrc()).isNull();
        answer.set("{\"title\":\"t\",\"html\":\"<script src=\\\"https://player.media.example/x.js\\\"></script>\"}");
        assertThat(ask()).isEqualTo(new OEmbedClient.Answer("t", null));
    }

    @Test
    void brokenSlowOrOversizedAnswersMeanNoTitle() throws EmbedRefused {
        for (String body : List.of("!error", "not json", "[1]", "{\"title\":42}", "{\"title\":\"" + "x".repeat(70_000) + "\"}", "hang")) {
            answer.set(body);
            assertThat(ask()).as(body.length() > 20 ? body.substring(0, 20) : body).isEqualTo(OEmbedClient.Answer.NONE);
        }
    }

    @Test
    void aProviderWithoutAnEndpointIsNotAsked() throws EmbedRefused {
        EmbedProviders defaults = EmbedProviders.defaults();
        assertThat(client.ask(defaults, defaults.embed("https://t.me/kyivindependent/1234"))).isEqualTo(OEmbedClient.Answer.NONE);
    }

    @Test
    void aLongTitleIsCutAndAnEmptyOneIsNone() {
        assertThat(OEmbedClient.title("a".repeat(400))).hasSize(OEmbedClient.MAX_TITLE_CHARS).endsWith("…");
        assertThat(OEmbedClient.title(" \u200b\n ")).isNull();
    }
}
