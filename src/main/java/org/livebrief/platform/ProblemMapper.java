package org.livebrief.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The one place where exceptions become HTTP responses. Client mistakes become 4xx problems; a database that
 * is away becomes 503 with {@code Retry-After} ({@link DatabaseOutage}); anything else is logged with an
 * incident id and answered 500 without internals. {@link ServletErrors} does the same for the servlets.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final Problem BUSY = Problem.of(503, "busy", "Busy",
            "Others are changing the same thing right now; nothing was saved, try again in a moment");

    @Override
    public Response toResponse(Throwable thrown) {
        if (DatabaseOutage.report(thrown)) {
            return Response.fromResponse(DatabaseOutage.problem(thrown).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        if (isContention(thrown)) {
            LOG.debugf("Lock contention, answered 503: %s", thrown);
            return Response.fromResponse(BUSY.toResponse()).header(HttpHeaders.RETRY_AFTER, 1).build();
        }
        return toProblem(thrown).map(Problem::toResponse).orElseGet(() -> fromWebApplication(thrown));
    }

    /**
     * A lock the database could not grant in time, or a deadlock or serialization failure it broke: the
     * transaction was rolled back and the same request will most likely succeed a moment later (a burst of
     * writers on one briefing, which {@code ChangeLog.append} serialises on the briefing's row). Not the client's
     * fault and not an incident: 503 with {@code Retry-After}.
     */
    static boolean isContention(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("org.hibernate.PessimisticLockException") || name.equals("org.hibernate.exception.LockTimeoutException")
                    || name.equals("org.hibernate.exception.LockAcquisitionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && CONTENTION_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** 40001 serialization failure or deadlock (H2, PostgreSQL), 40P01 deadlock and 55P03 lock not available (PostgreSQL), HYT00 lock timeout (H2). */
    private static final java.util.Set<String> CONTENTION_STATES = java.util.Set.of("40001", "40P01", "55P03", "HYT00");

    static Optional<Problem> toProblem(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return Optional.of(p.problem());
            }
            if (t instanceof jakarta.json.JsonException || t instanceof jakarta.json.bind.JsonbException) {
                LOG.debugf("Unreadable request body: %s", t.getMessage());
                return Optional.of(Problem.of(400, "malformed-json", "Malformed JSON",
                        "The request body is not valid JSON of the expected shape"));
            }
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return Optional.of(Problem.of(412, "stale-version", "Precondition failed",
                        "Someone else changed this at the same time; reload and reapply your change"));
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return Optional.of(Problem.of(409, "duplicate", "Conflict", "That already exists"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                // Data exceptions: a value too long for its column, out of range, or not storable in this encoding.
                LOG.debugf("Value the database refused: %s", t.getMessage());
                return Optional.of(Problem.of(400, "invalid-value", "Invalid request",
                        "A value in the request is too long or cannot be stored"));
            }
        }
        return Optional.empty();
    }

    private Response fromWebApplication(Throwable thrown) {
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response original = web.getResponse();
            Response.StatusType status = original.getStatusInfo();
            Response.ResponseBuilder response = Response.status(status.getStatusCode())
                    .type(Problem.MEDIA_TYPE)
                    .entity(ofStatus(status.getStatusCode(), status.getReasonPhrase()).toJson());
            for (String header : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE}) {
                if (original.getHeaderString(header) != null) {
                    response.header(header, original.getHeaderString(header));
                }
            }
            return response.build();
        }
        return incident(thrown).toResponse();
    }

    /** Logs an unexpected failure, stack trace and all, under a new incident id, and answers 500 with only the id. */
    static Problem incident(Throwable thrown) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(thrown, "Unexpected failure, incident %s", incident);
        return new Problem("internal", "Internal server error", 500,
                "The server failed; report incident " + incident, null,
                java.util.Map.of("incident", incident));
    }

    /** The problem for an HTTP status the container or JAX-RS decided on, such as 404 or 415. */
    static Problem ofStatus(int status, String reasonPhrase) {
        String phrase = reasonPhrase == null ? "Error" : reasonPhrase;
        return Problem.of(status, slug(phrase), phrase, clientMessage(status));
    }

    private static String clientMessage(int status) {
        return switch (status) {
            case 400 -> "The request could not be read";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not accept that method";
            case 406 -> "No representation in the requested media type";
            case 415 -> "Send the body as application/json";
            default -> null;
        };
    }

    private static String slug(String phrase) {
        return phrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
