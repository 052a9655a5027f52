package org.livebrief.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves every feed under {@code /feeds/} from {@link FeedCache}: conditional GET, gzip, caching headers,
 * WebSub links. A plain servlet rather than JAX-RS, because this is the hottest read path there is.
 * Non-canonical spellings of a feed address are redirected, so {@code rel="self"} is always the URL served.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final byte[] NOT_FOUND = """
            {"type":"/livebrief/problems/not-found","title":"Not Found","status":404,"detail":"There is no such feed"}"""
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    transient FeedCache cache;

    @Inject
    transient FeedSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The raw path: FeedRequest.parse decodes it once (getPathInfo() is decoded already).
        String raw = request.getRequestURI().substring(request.getContextPath().length() + request.getServletPath().length());
        Optional<FeedRequest> parsed = FeedRequest.parse(raw).flatMap(cache::canonical);
        if (parsed.isEmpty()) {
            notFound(response);
            return;
        }
        String canonical = FeedPaths.feed(parsed.get());
        if (!canonical.equals(request.getRequestURI())) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", canonical);
            return;
        }
        String script = request.getParameter(org.livebrief.briefing.Scripts.PARAMETER);
        Optional<RenderedFeed> feed;
        try {
            feed = script == null ? cache.get(parsed.get(), settings.base()) : cache.get(parsed.get(), settings.base(), script);
        } catch (org.livebrief.platform.ProblemException e) {
            response.setStatus(e.problem().status());
            response.setContentType("application/problem+json");
            response.getOutputStream().write(e.problem().toJson().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (feed.isEmpty()) {
            notFound(response);
            return;
        }
        send(request, response, feed.get());
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, RenderedFeed feed)
            throws IOException {
        response.setHeader("ETag", feed.etag());
        response.setHeader("Last-Modified", feed.lastModifiedHeader());
        feed.cache().apply(response::setHeader);
        response.setHeader("Vary", feed.vary());
        response.setHeader("Link", feed.link());
        if (ConditionalGet.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"),
                feed.etag(), feed.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(feed.contentType(request.getHeader("Accept")));
        response.setHeader("X-Content-Type-Options", "nosniff");
        byte[] body = acceptsGzip(request.getHeader("Accept-Encoding")) ? feed.gzip() : feed.identity();
        if (body != feed.identity()) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** True when the client lists gzip without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            // split(";", -1): a coding of only separators (";") still has a first part, so it cannot throw.
            String[] parts = coding.strip().split(";", -1);
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0{0,3})?"));
            }
        }
        return false;
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.setHeader("Cache-Control", "public, max-age=10");
        response.getOutputStream().write(NOT_FOUND);
    }
}
