package org.livebrief.live;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.livebrief.platform.ClientAddress;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.Roles;

/**
 * {@code GET /api/briefings/{id}/events}: the server-sent event stream of a public briefing.
 *
 * <p>An async servlet rather than a JAX-RS resource, for non-blocking writes of frames encoded once for
 * all readers; a filter because the path lives under the REST application's {@code /api/*} mapping.
 * Order of work: admit (caps), register the stream so live frames are held, replay from the database
 * after {@code Last-Event-ID} (or {@code ?lastEventId=}), then release the held frames.
 */
@WebFilter(urlPatterns = "/api/briefings/*", asyncSupported = true)
public class EventStreamFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(EventStreamFilter.class);
    private static final Pattern PATH = Pattern.compile("/briefings/(\\d{1,18})/(events|desk-events)/?");

    @Inject
    transient Subscribers subscribers;

    @Inject
    transient LiveEvents events;

    @Inject
    transient Broadcaster broadcaster;

    @Inject
    transient DeskEvents deskEvents;

    @Inject
    transient DeskBroadcaster deskBroadcaster;

    /** Who counts as one client for the per-client cap: see {@link ClientAddress}. */
    private final transient ClientAddress clients = ClientAddress.configured();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches() || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long briefingId = Long.parseLong(path.group(1));
        boolean desk = "desk-events".equals(path.group(2));
        request.setAttribute(org.livebrief.platform.RequestMetrics.ROUTE, "/api/briefings/{briefingId}/" + path.group(2));
        try {
            long after = lastEventId(request);
            if (desk) {
                requireStaff(request);
                deskEvents.requireVisible(briefingId);
            } else {
                events.requirePublic(briefingId);
            }
            String client = clients.of(request);
            admit(client);
            open(request, response, briefingId, desk, after, client);
        } catch (ProblemException e) {
            if (e.problem().status() == 401 && request.getRequestedSessionId() == null
                    && request.getHeader("X-Requested-With") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Livebrief\", charset=\"UTF-8\"");
            }
            problem(response, e.problem());
        }
    }

    /**
     * The desk stream is for newsroom staff. A browser with a session (the editor UI's EventSource) gets its
     * 401 without a Basic challenge, so no password prompt pops up over the desk.
     */
    private static void requireStaff(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            throw new ProblemException(new Problem("unauthenticated", "Unauthorized", 401, "Sign in to follow the desk",
                    List.of(), Map.of()));
        }
        if (!(request.isUserInRole(Roles.REPORTER) || request.isUserInRole(Roles.EDITOR)
                || request.isUserInRole(Roles.ADMIN))) {
            throw new ProblemException(new Problem("forbidden", "Forbidden", 403,
                    "This needs one of the roles reporter, editor, admin", List.of(), Map.of()));
        }
    }

    private void admit(String client) {
        LiveSettings settings = subscribers.settings();
        switch (subscribers.admit(client)) {
            case ADMITTED -> { }
            case CLIENT_OVER_LIMIT -> throw new ProblemException(new Problem("too-many-streams", "Too many requests", 429,
                    "This address has " + settings.maxStreamsPerClient() + " event streams open already; "
                            + "close one or poll the changes instead", List.of(), Map.of("limit", settings.maxStreamsPerClient())));
            case SERVER_FULL -> throw new ProblemException(new Problem("streams-full", "Service unavailable", 503,
                    "The server has no room for another event stream; poll the changes instead", List.of(), Map.of()));
        }
    }

    private void open(HttpServletRequest request, HttpServletResponse response, long briefingId, boolean desk,
                      long after, String client) throws IOException {
        LiveSettings settings = subscribers.settings();
        EventStream stream;
        try {
            stream = new EventStream(briefingId, desk, client, startAsync(request, response),
                    new Subscription(Math.max(after, 0), settings.queueFrames()), subscribers::remove);
        } catch (RuntimeException e) {
            subscribers.release(client);
            throw e;
        }
        subscribers.add(stream);
        try {
            long deskUpto = desk ? deskBroadcaster.follow() : 0;
            if (!desk) {
                broadcaster.follow(briefingId);
            }
            stream.start();
            stream.replay(Frame.retry(settings.retry().toMillis(), "livebrief"));
            if (after >= 0 && desk) {
                replayDesk(stream, briefingId, after, deskUpto, settings.replayLimit());
            } else if (after >= 0) {
                replay(stream, briefingId, after, settings.replayLimit());
            }
            stream.endReplay();
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "Event stream of briefing %d failed while opening", briefingId);
            stream.close();
        }
    }

    private static AsyncContext startAsync(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(200);
        response.setContentType("text/event-stream;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        return async;
    }

    /** The missed changes, or one {@code reload} event (a full-state reset) when replaying is not worth it. */
    private void replay(EventStream stream, long briefingId, long after, int limit) {
        Optional<List<LiveEvent>> missed = events.replay(briefingId, after, limit);
        if (missed.isEmpty()) {
            long latest = events.latestSeq(briefingId);
            stream.replay(new LiveEvent(latest, LiveEvent.RELOAD, Map.of("missed", "more than " + limit
                    + " changes, or an unknown event id")).toFrame(LiveEvents.JSON));
            return;
        }
        missed.get().forEach(event -> stream.replay(event.toFrame(LiveEvents.JSON)));
    }

    private void replayDesk(EventStream stream, long briefingId, long after, long upto, int limit) {
        List<LiveEvent> missed = deskEvents.since(briefingId, after, upto, limit + 1);
        if (missed.size() > limit) {
            stream.replay(new LiveEvent(upto, LiveEvent.RELOAD, Map.of("missed", "more than " + limit))
                    .toFrame(LiveEvents.JSON));
            return;
        }
        missed.forEach(event -> stream.replay(event.toFrame(LiveEvents.JSON)));
    }

    /** The sequence the client already has, or -1 for a new client (live from now on, no replay). */
    static long lastEventId(HttpServletRequest request) {
        String value = request.getHeader("Last-Event-ID");
        if (value == null || value.isBlank()) {
            value = request.getParameter("lastEventId");
        }
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            long seq = Long.parseLong(value.strip());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // Falls through to the 400 below.
        }
        throw ProblemException.invalid("Last-Event-ID", "must be the id of an event of this stream");
    }

    private static void problem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        if (problem.status() == 503 || problem.status() == 429) {
            response.setHeader("Retry-After", "30");
        }
        response.getOutputStream().write(problem.toJson().getBytes(StandardCharsets.UTF_8));
    }
}
