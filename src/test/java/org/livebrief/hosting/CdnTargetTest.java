package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purge requests as each CDN's API documents them, sent to a local HTTP server that records them (this machine
 * reaches no CDN; Varnish is exercised for real by {@code CdnIT}).
 */
class CdnTargetTest {

    record Seen(String method, String path, String surrogateKey, String banExpression, String fastlyKey,
                String authorization, String body) {
    }

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private String base;

    @BeforeEach
    void receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var h = exchange.getRequestHeaders();
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), h.getFirst("Surrogate-Key"),
                    h.getFirst("X-Ban-Surrogate-Key"), h.getFirst("Fastly-Key"), h.getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Set<String> keys(int count) {
        Set<String> keys = new LinkedHashSet<>();
        IntStream.rangeClosed(1, count).forEach(i -> keys.add("entry-" + i));
        return keys;
    }

    @Test
    void varnishGetsABanPerCacheWhoseExpressionMatchesWholeKeysOnly() throws Exception {
        new CdnTarget.Varnish(List.of(base + "/", base + "/second"), Duration.ofSeconds(2))
                .purge(new LinkedHashSet<>(List.of("briefing-7", "front")));
        assertThat(seen).extracting(Seen::method).containsExactly("BAN", "BAN");
        assertThat(seen).extracting(Seen::path).containsExactly("/", "/second");
        Pattern ban = Pattern.compile(seen.get(0).banExpression());
        assertThat(ban.matcher("briefing-7 entry-9").find()).isTrue();
        assertThat(ban.matcher("entry-9 front").find()).isTrue();
        assertThat(ban.matcher("briefing-70 entry-9").find()).as("briefing-70 is not briefing-7").isFalse();
        assertThat(ban.matcher("xfront").find()).isFalse();
    }

    @Test
    void fastlyGetsItsSurrogateKeyPurgeInBatchesOf256() throws Exception {
        new CdnTarget.Fastly(base + "/", "SU1Z0isxPaozGVKXdv0eY", "token-1", Duration.ofSeconds(2)).purge(keys(300));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).method()).isEqualTo("POST");
        assertThat(seen.get(0).path()).isEqualTo("/service/SU1Z0isxPaozGVKXdv0eY/purge");
        assertThat(seen.get(0).fastlyKey()).isEqualTo("token-1");
        assertThat(seen.get(0).surrogateKey().split(" ")).hasSize(256).startsWith("entry-1");
        assertThat(seen.get(1).surrogateKey().split(" ")).hasSize(44).endsWith("entry-300");
    }

    @Test
    void cloudflareGetsItsCacheTagPurgeInBatchesOf30() throws Exception {
        new CdnTarget.Cloudflare(base, "zone-9", "cf-token", Duration.ofSeconds(2)).purge(keys(31));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).path()).isEqualTo("/zones/zone-9/purge_cache");
        assertThat(seen.get(0).authorization()).isEqualTo("Bearer cf-token");
        jakarta.json.JsonObject body = jakarta.json.Json.createReader(new java.io.StringReader(seen.get(0).body())).readObject();
        assertThat(body.getJsonArray("tags")).hasSize(30);
        assertThat(seen.get(1).body()).isEqualTo("{\"tags\":[\"entry-31\"]}");
    }

    @Test
    void aRefusedPurgeFailsSoThePurgerTriesAgain() {
        status = 403;
        assertThatThrownBy(() -> new CdnTarget.Varnish(List.of(base), Duration.ofSeconds(2)).purge(Set.of("front")))
                .isInstanceOf(IOException.class).hasMessageContaining("403");
    }

    @Test
    void onlyKeysAsCachePolicyMakesThemAreSent() {
        assertThatThrownBy(() -> new CdnTarget.Varnish(List.of(base), Duration.ofSeconds(2)).purge(Set.of(".*")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(seen).isEmpty();
    }
}
