package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livebrief.testing.MovingClock;

class DatabaseOutageTest {

    /** How the failures of a real outage arrive: wrapped by JPA, EJB and the pool. */
    private static RuntimeException wrapped(Throwable cause) {
        return new jakarta.ejb.EJBException(new PersistenceException("could not execute statement",
                new RuntimeException("wrapper", cause)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08003", "08006", "08S01", "57P01", "57P02", "57P03", "53300", "90067", "90098"})
    void connectionStatesAnywhereInTheChainAreOutages(String state) {
        assertThat(DatabaseOutage.isOutage(wrapped(new SQLException("gone", state)))).isTrue();
    }

    @Test
    void poolTimeoutsAndRefusedConnectionsAreOutages() {
        assertThat(DatabaseOutage.isOutage(wrapped(new SQLTransientConnectionException("pool exhausted")))).isTrue();
        assertThat(DatabaseOutage.isOutage(wrapped(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseOutage.isOutage(wrapped(new SQLException(
                "jakarta.resource.ResourceException: IJ000453: Unable to get managed connection for java:jboss/datasources/LivebriefDS"))))
                .isTrue();
        assertThat(DatabaseOutage.isOutage(wrapped(new IllegalStateException(
                "IJ000655: No managed connections available within configured blocking timeout (5000 [ms])")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new org.hibernate.exception.JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("refused")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "22001", "40001", "42P01", "XX000"})
    void otherDatabaseErrorsAreNot(String state) {
        assertThat(DatabaseOutage.isOutage(wrapped(new SQLException("no", state)))).isFalse();
        assertThat(DatabaseOutage.isOutage(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.isOutage(ProblemException.notFound("Briefing", 1))).isFalse();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseOutage.isOutage(a)).isFalse();
    }

    @Test
    void oneLineWhenAnOutageStartsAndOneWhenItEnds() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-05T12:00:00Z"));
        DatabaseOutage outage = new DatabaseOutage(clock, Duration.ofMinutes(1));
        List<String> log = new ArrayList<>();
        assertThat(outage.succeeded()).isEmpty();
        for (int i = 0; i < 14_300; i++) {
            outage.failed("SQLException (SQLState 08001): Connection refused").ifPresent(log::add);
            clock.advance(Duration.ofMillis(1));
        }
        outage.succeeded().ifPresent(log::add);
        outage.succeeded().ifPresent(log::add);
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).contains("unavailable", "08001").doesNotContain("\tat ");
        assertThat(log.get(1)).contains("available again after 14.3 s", "14300 failed");

        outage.failed("again").ifPresent(log::add);
        assertThat(log).hasSize(3);
    }

    @Test
    void aFailureAfterALongQuietStartsANewOutageEvenWithoutASuccessInBetween() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-05T12:00:00Z"));
        DatabaseOutage outage = new DatabaseOutage(clock, Duration.ofMinutes(1));
        assertThat(outage.failed("first")).isPresent();
        clock.advance(Duration.ofSeconds(30));
        assertThat(outage.failed("same outage")).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(outage.failed("a new one")).isPresent();
    }

    @Test
    void outagesAreAnswered503AndSayWhenToRetry() {
        Problem problem = DatabaseOutage.problem();
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.toJson()).contains("\"type\":\"/livebrief/problems/unavailable\"", "\"retryAfter\":5");
    }

    @Test
    void reasonsAreOneShortLine() {
        String reason = DatabaseOutage.reason(wrapped(new SQLException("Connection to 127.0.0.1:5432 refused.\nCheck that", "08001")));
        assertThat(reason).isEqualTo("SQLException (SQLState 08001): Connection to 127.0.0.1:5432 refused. Check that");
        assertThat(Optional.of(reason)).hasValueSatisfying(r -> assertThat(r).doesNotContain("\n"));
    }

    /** How H2 2.2 reports a write its file store could not make: MVStoreException in a JdbcSQLException. */
    private static SQLException h2WriteFailed() {
        return new SQLException("IO Exception: \"Writing to /data/livebrief.mv.db failed; length 4096 at 2097152\"",
                "90028", 90028, new IllegalStateException("Writing to /data/livebrief.mv.db failed; length 4096 at 2097152 [2.2.224/2]",
                new java.io.IOException("No space left on device")));
    }

    @Test
    void aFullDiskUnderTheDatabaseIsAnOutageAnswered507() {
        assertThat(DatabaseOutage.isStorageFull(wrapped(h2WriteFailed()))).isTrue();
        assertThat(DatabaseOutage.isOutage(wrapped(h2WriteFailed()))).isTrue();
        assertThat(DatabaseOutage.isStorageFull(wrapped(new SQLException("could not extend file: No space left on device", "53100")))).isTrue();
        assertThat(DatabaseOutage.isStorageFull(wrapped(new java.io.IOException("Disk quota exceeded")))).isTrue();

        Problem problem = DatabaseOutage.problem(wrapped(h2WriteFailed()));
        assertThat(problem.status()).isEqualTo(507);
        assertThat(problem.toJson()).contains("\"type\":\"/livebrief/problems/storage-full\"", "\"retryAfter\":5")
                .doesNotContain("mv.db", "No space");
    }

    @Test
    void otherIoFailuresAreNotAFullDisk() {
        SQLException otherIo = new SQLException("IO Exception", "90028", 90028, new java.io.IOException("Input/output error"));
        assertThat(DatabaseOutage.isStorageFull(wrapped(otherIo))).isFalse();
        assertThat(DatabaseOutage.isOutage(wrapped(otherIo))).isFalse();
        assertThat(DatabaseOutage.problem(wrapped(new ConnectException("Connection refused"))).status()).isEqualTo(503);
    }

    /** What the 500 of the disk-full run was: the commit's failure is suppressed in the transaction manager's. */
    @Test
    void aCommitThatFailedOnAFullDiskIsFoundInTheSuppressedFailures() {
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException("IJ001156: Could not commit local transaction",
                new SQLException("SQLException", null, 0, h2WriteFailed())));
        assertThat(DatabaseOutage.isStorageFull(new jakarta.ejb.EJBException(rollback))).isTrue();
        assertThat(DatabaseOutage.problem(new jakarta.ejb.EJBException(rollback)).status()).isEqualTo(507);
    }
}
