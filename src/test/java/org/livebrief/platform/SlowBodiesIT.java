package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;

/**
 * Request bodies that arrive slowly do not hold request threads ({@link BodyBuffering}): more slow bodies than
 * WildFly has request threads, with and without {@code Expect: 100-continue}, and ordinary requests (one that reads
 * a body among them) are still answered. The hostile bench (bench/hostile/run.sh) measures the same at scale.
 */
class SlowBodiesIT extends DeployedWar {

    /** WildFly's request threads: 16 per core (the client runs on the same machine as the server). */
    private static final int REQUEST_THREADS = 16 * Runtime.getRuntime().availableProcessors();
    private static final String SESSION = "/livebrief/api/session";
    private static final int BODY = 100_000;
    private static final String INCOMPLETE_SIGN_IN = "{\"username\": \"nobody\", \"password\": \"\"}";

    @Test
    void slowBodiesWithAndWithoutExpectDoNotStopOtherRequests() throws Exception {
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread trickle = null;
        try {
            for (int i = 0; i < REQUEST_THREADS + 8; i++) {
                slow.add(slowSession(false));
                slow.add(slowSession(true));
            }
            // A byte a second on each, so that none of them is closed for being idle while the test runs.
            trickle = new Thread(() -> {
                while (!done.get()) {
                    for (Socket socket : slow) {
                        try {
                            socket.getOutputStream().write('a');
                        } catch (IOException e) {
                            // closed by the server: it counts below
                        }
                    }
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            trickle.start();

            Api.Reply list = api.as("editor").get("api/briefings?limit=1");
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            // A body to read (an incomplete sign-in: refused before any password is checked or counted).
            Api.Reply signIn = api.post("api/session", INCOMPLETE_SIGN_IN);
            assertThat(signIn.status()).as(signIn.toString()).isEqualTo(400);
            assertThat(signIn.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            done.set(true);
            if (trickle != null) {
                trickle.join();
            }
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void expectContinueIsAnsweredBeforeTheBodyAndTheBodyIsRead() throws Exception {
        byte[] body = INCOMPLETE_SIGN_IN.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(body.length, true, true).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(line(in)).startsWith("HTTP/1.1 100");
            while (!line(in).isEmpty()) {
                // the rest of the interim response
            }
            out.write(body);
            out.flush();
            String status = line(in);
            assertThat(status).as("after 100 Continue, the answer to the body").startsWith("HTTP/1.1 400");
            assertThat(problem(in).getString("type")).isNotBlank();
        }
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedUnread() throws Exception {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(1_000_000, false, true).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(line(in)).startsWith("HTTP/1.1 413");
            JsonObject problem = problem(in);
            assertThat(problem.getInt("status")).isEqualTo(413);
            assertThat(problem.getJsonNumber("limit").longValue()).isEqualTo(Long.parseLong(RequestLimits.DEFAULT_MAX_BYTES));
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(60_000);
        return socket;
    }

    /** A session sign-in whose head and first bytes of body are sent; the rest is left to the trickle. */
    private Socket slowSession(boolean expect) throws IOException {
        Socket socket = open();
        OutputStream out = socket.getOutputStream();
        out.write((head(BODY, expect, false) + "{\"username\": \"").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private String head(long length, boolean expect, boolean close) {
        return "POST " + SESSION + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n"
                + (expect ? "Expect: 100-continue\r\n" : "") + (close ? "Connection: close\r\n" : "") + "\r\n";
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    /** The rest of a response after its status line, whose body is a problem (the connection closes after it). */
    private static JsonObject problem(InputStream in) throws IOException {
        String header;
        boolean problemType = false;
        boolean chunked = false;
        while (!(header = line(in)).isEmpty()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            problemType |= lower.startsWith("content-type: application/problem+json");
            chunked |= lower.startsWith("transfer-encoding: chunked");
        }
        assertThat(problemType).as("a problem body").isTrue();
        String body;
        if (chunked) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int size; (size = Integer.parseInt(line(in).strip(), 16)) > 0; line(in)) {
                bytes.write(in.readNBytes(size));
            }
            body = bytes.toString(StandardCharsets.UTF_8);
        } else {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Json.createReader(new StringReader(body)).readObject();
    }
}
