package org.livebrief.platform;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Tells a database that is away (restarting, unreachable, out of connections) from every other failure, and
 * keeps the log to one line when an outage starts and one when it ends, however many requests and background
 * ticks fail in between. Requests that fail this way are answered 503 with {@code Retry-After}
 * ({@link ProblemMapper}, {@link ServletErrors}); background workers skip their tick quietly. Recovery needs
 * nothing: the pool reconnects by itself, and the first database call that succeeds afterwards (a background
 * tick, every second or so) ends the outage.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait; a PostgreSQL restart takes a few. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    private static final DatabaseOutage SHARED = new DatabaseOutage(Clock.systemUTC(), Duration.ofMinutes(1));

    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now, too many connections. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300",
            // H2: connection broken, database closed, database called at shutdown
            "90067", "90098", "90121");
    /** What IronJacamar says when the pool has no connection to give (its codes, and the words without them). */
    private static final String[] POOL_MESSAGES = {"IJ000453", "IJ000655", "IJ031084",
            "unable to get managed connection", "could not get a connection", "no managed connections available",
            "unable to acquire jdbc connection"};
    private static final String JDBC_CONNECTION_EXCEPTION = "org.hibernate.exception.JDBCConnectionException";
    /** PostgreSQL: disk full. */
    private static final Set<String> STORAGE_STATES = Set.of("53100");
    /** What the operating system says (ENOSPC, EDQUOT), as the JDK words it, wherever the database wraps it. */
    private static final String[] STORAGE_MESSAGES = {"no space left on device", "disk quota exceeded",
            "there is not enough space on the disk"};

    private final Clock clock;
    private final Duration quiet;
    private Instant since;
    private Instant lastFailure;
    private long failures;

    DatabaseOutage(Clock clock, Duration quiet) {
        this.clock = clock;
        this.quiet = quiet;
    }

    /**
     * True when {@code thrown} says the database is away; the first such failure of an outage is logged (one
     * line, no stack trace), the others are counted.
     */
    public static boolean report(Throwable thrown) {
        if (!isOutage(thrown)) {
            return false;
        }
        String headline = isStorageFull(thrown) ? "Database storage full, answering 507 until there is room: "
                : "Database unavailable, answering 503 until it is back: ";
        SHARED.failed(headline, reason(thrown)).ifPresent(LOG::warn);
        return true;
    }

    /**
     * The answer to a request that failed because the database is away: 507 when its storage is full (the write
     * was not saved, and retrying soon will not help until an admin makes room), else 503; send it with
     * {@code Retry-After}.
     */
    public static Problem problem(Throwable thrown) {
        if (isStorageFull(thrown)) {
            return new Problem("storage-full", "Insufficient storage", 507,
                    "The server's storage is full, so the change was not saved; try again later", java.util.List.of(),
                    java.util.Map.of("retryAfter", RETRY_AFTER_SECONDS));
        }
        return problem();
    }

    /** The answer to a request that failed because the database is away; send it with {@code Retry-After}. */
    public static Problem problem() {
        return new Problem("unavailable", "Service unavailable", 503,
                "The database is unavailable for a moment; try again in a few seconds", java.util.List.of(),
                java.util.Map.of("retryAfter", RETRY_AFTER_SECONDS));
    }

    /** A database call just succeeded: ends the outage, if there was one, with one line. */
    public static void available() {
        SHARED.succeeded().ifPresent(LOG::info);
    }

    /**
     * The walk down the cause chain: connection failures, pool timeouts, SQLState class 08 and the shutdown states,
     * and a full disk under the database ({@link #isStorageFull}).
     */
    public static boolean isOutage(Throwable thrown) {
        if (isStorageFull(thrown)) {
            return true;
        }
        for (Throwable t : chain(thrown)) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (t.getClass().getName().equals(JDBC_CONNECTION_EXCEPTION)) {
                return true;
            }
            if (mentionsPool(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the database could not write because its disk is full: PostgreSQL's {@code 53100}, or the
     * operating system's "No space left on device" / "Disk quota exceeded" anywhere in the chain (H2 wraps the
     * {@code IOException} of its file store; after that failure it closes the database, which {@link #isOutage}
     * knows by H2's closed-database states).
     */
    public static boolean isStorageFull(Throwable thrown) {
        for (Throwable t : chain(thrown)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && STORAGE_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (mentions(t.getMessage(), STORAGE_MESSAGES)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every throwable in the cause chain and in the suppressed ones: a commit that fails at the database arrives as
     * the transaction manager's {@code RollbackException} with the resource's failure suppressed, not as its cause.
     */
    private static java.util.List<Throwable> chain(Throwable thrown) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>();
        if (thrown != null) {
            next.add(thrown);
        }
        while (!next.isEmpty() && all.size() < 64) {
            Throwable t = next.poll();
            if (seen.add(t)) {
                all.add(t);
                if (t.getCause() != null) {
                    next.add(t.getCause());
                }
                next.addAll(java.util.List.of(t.getSuppressed()));
            }
        }
        return all;
    }

    private static boolean mentionsPool(String message) {
        return mentions(message, POOL_MESSAGES);
    }

    private static boolean mentions(String message, String[] phrases) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String known : phrases) {
            if (lower.contains(known.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, cut short: enough to tell a refused connection from a full pool. */
    static String reason(Throwable thrown) {
        Throwable root = thrown;
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            root = t;
        }
        String state = root instanceof SQLException sql && sql.getSQLState() != null ? " (SQLState " + sql.getSQLState() + ")" : "";
        String message = String.valueOf(root.getMessage()).replaceAll("\\s+", " ");
        return root.getClass().getSimpleName() + state + ": " + (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }

    /** The line to log when this failure starts an outage; empty while one is going on. */
    Optional<String> failed(String reason) {
        return failed("Database unavailable, answering 503 until it is back: ", reason);
    }

    private synchronized Optional<String> failed(String headline, String reason) {
        Instant now = clock.instant();
        boolean starts = since == null || lastFailure.plus(quiet).isBefore(now);
        lastFailure = now;
        if (starts) {
            since = now;
            failures = 1;
            return Optional.of(headline + reason);
        }
        failures++;
        return Optional.empty();
    }

    /** The line to log when this success ends an outage; empty when there was none. */
    synchronized Optional<String> succeeded() {
        if (since == null) {
            return Optional.empty();
        }
        Duration down = Duration.between(since, clock.instant());
        String line = "Database available again after %d.%01d s; %d failed call(s) in between"
                .formatted(down.toSeconds(), down.toMillisPart() / 100, failures);
        since = null;
        failures = 0;
        return Optional.of(line);
    }
}
