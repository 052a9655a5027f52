package org.livebrief.platform;

import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.RequestBufferingHandler;
import io.undertow.server.protocol.http.HttpContinue;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Request bodies are read on Undertow's I/O threads, without blocking, before a request thread sees the request.
 * A request thread that reads a body a client sends a byte a second waits for it; WildFly has 16 of them per core,
 * so a few dozen such clients (slowloris) would stop every other request. Here a slow body costs its connection and
 * the bytes it sent, not a thread: the request reaches the servlets only once its whole body is in memory.
 * <ul>
 * <li>A body declared larger than {@code livebrief.api.max-request-bytes} is answered 413 at once, unread, and the
 *     connection closes (the same problem {@link RequestLimits} gives a chunked body that grows past the limit).</li>
 * <li>A request that asks {@code Expect: 100-continue} gets its {@code 100 Continue} from the I/O thread, and then
 *     its body is buffered like any other. Undertow's own buffering skips such requests, and the servlet container
 *     would send the 100 from the request thread on the first read, holding that thread for the whole body.</li>
 * <li>Up to the limit plus one buffer is held; a chunked body that grows past that goes on to the servlets with what
 *     was read, and {@link RequestLimits} refuses it.</li>
 * </ul>
 * Undertow's read timeout ({@code read-timeout} in {@code livebrief.cli}) still ends a body that stops arriving.
 * <p>One exception: an image upload ({@code POST /api/media}) is not buffered. Its limit
 * ({@code livebrief.media.max-upload-bytes}, 20 MiB) is 80 times the API's, and buffering it here would let anyone,
 * signed in or not, make the server hold that much per connection. It is streamed to the request thread instead,
 * which reads it only after the caller has been authenticated and authorised as staff; a declared length over the
 * limit is still answered 413 at once, unread.
 * Registered in {@code META-INF/services}; it replaces the host-wide {@code buffer-request} filter of earlier
 * releases, which an {@code Expect} header bypassed (bench/hostile/run.sh, docs/security.md).
 */
public class BodyBuffering implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(BodyBuffering.class);
    /** Past the upload limit, how far Undertow lets a chunked body run before it cuts it (see streamUpload). */
    private static final long UPLOAD_SLACK_BYTES = 1024 * 1024;
    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        var config = ConfigProvider.getConfig(deployment.getClassLoader());
        long maxBytes = config.getOptionalValue(RequestLimits.MAX_BYTES, Long.class)
                .orElse(Long.parseLong(RequestLimits.DEFAULT_MAX_BYTES));
        long maxUploadBytes = config.getOptionalValue(RequestLimits.MAX_UPLOAD_BYTES, Long.class)
                .orElse(Long.parseLong(RequestLimits.DEFAULT_MAX_UPLOAD_BYTES));
        String uploadPath = deployment.getContextPath() + "/api/media";
        deployment.addInitialHandlerChainWrapper(next -> {
            HttpHandler buffered = wrap(next, maxBytes);
            return exchange -> {
                if (exchange.getRequestMethod().equalToString("POST") && uploadPath.equals(exchange.getRequestPath())) {
                    streamUpload(next, maxUploadBytes, exchange);
                } else {
                    buffered.handleRequest(exchange);
                }
            };
        });
    }

    private static void streamUpload(HttpHandler next, long maxUploadBytes, HttpServerExchange exchange) throws Exception {
        if (exchange.getRequestContentLength() > maxUploadBytes) {
            refuse(exchange, ProblemException.tooLarge(maxUploadBytes).problem());
            return;
        }
        // Undertow's max-post-size (10 MiB unless livebrief.cli raises it) must not cut an upload the WAR accepts, and
        // must leave a chunked body that grows past the limit to RequestLimits, which answers it with a problem;
        // Undertow itself would close the connection without an answer.
        exchange.setMaxEntitySize(maxUploadBytes + UPLOAD_SLACK_BYTES);
        next.handleRequest(exchange);
    }

    static HttpHandler wrap(HttpHandler next, long maxBytes) {
        return exchange -> {
            if (exchange.isRequestComplete()) {
                next.handleRequest(exchange);
                return;
            }
            if (exchange.getRequestContentLength() > maxBytes) {
                refuse(exchange, ProblemException.tooLarge(maxBytes).problem());
                return;
            }
            int bufferSize = exchange.getConnection().getByteBufferPool().getBufferSize();
            HttpHandler buffering = new RequestBufferingHandler(next, buffers(maxBytes, bufferSize));
            if (!HttpContinue.requiresContinueResponse(exchange)) {
                buffering.handleRequest(exchange);
                return;
            }
            exchange.dispatch(SameThreadExecutor.INSTANCE, () -> HttpContinue.sendContinueResponse(exchange, new IoCallback() {
                @Override
                public void onComplete(HttpServerExchange done, Sender sender) {
                    // Answered: the servlet container must not send a second 100 on the first read.
                    done.getRequestHeaders().remove(Headers.EXPECT);
                    Connectors.executeRootHandler(buffering, done);
                }

                @Override
                public void onException(HttpServerExchange failed, Sender sender, IOException e) {
                    LOG.debugf(e, "Could not send 100 Continue");
                    failed.setPersistent(false);
                    failed.endExchange();
                }
            }));
        };
    }

    /** Buffers enough for a body of {@code maxBytes}, and one more, so that a body one byte over is seen as over. */
    static int buffers(long maxBytes, int bufferSize) {
        return (int) Math.min(Integer.MAX_VALUE, maxBytes / Math.max(1, bufferSize) + 2);
    }

    private static void refuse(HttpServerExchange exchange, Problem problem) {
        exchange.setStatusCode(problem.status());
        exchange.setPersistent(false);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
        exchange.getResponseHeaders().put(NOSNIFF, "nosniff");
        exchange.getResponseSender().send(ByteBuffer.wrap(problem.toJson().getBytes(StandardCharsets.UTF_8)));
    }
}
