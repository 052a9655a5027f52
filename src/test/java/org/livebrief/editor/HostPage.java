package org.livebrief.editor;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A host CMS's article page on an origin of its own (the JDK's HTTP server on a free port), with the
 * embed snippet pasted into it as the editor UI shows it.
 */
final class HostPage implements AutoCloseable {

    private final HttpServer server;

    HostPage(String snippet) {
        byte[] page = ("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Host article</title>
                <style>body { font: 17px/1.5 Georgia, serif; max-width: 46rem; margin: 2rem auto; }</style></head>
                <body><h1>The host newsroom's article</h1><p>Our correspondents follow the talks live.</p>
                %s
                <p>The end of the host article.</p></body></html>""".formatted(snippet)).getBytes(StandardCharsets.UTF_8);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/article.html";
    }

    /** "1234px" → 1234 (CSS heights may have fractions). */
    static Optional<Integer> pixels(String cssValue) {
        if (cssValue == null || !cssValue.endsWith("px")) {
            return Optional.empty();
        }
        return Optional.of((int) Math.round(Double.parseDouble(cssValue.substring(0, cssValue.length() - 2))));
    }

    /** Browsers put narrow no-break spaces in times ("2:05 PM"); Java puts plain ones. */
    static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ').strip();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
