package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    /** XssIT's four writers on one briefing under load got 500 from H2's "Timeout trying to lock table". */
    @Test
    void lockTimeoutsDeadlocksAndSerializationFailuresAreContention() {
        for (Throwable thrown : new Throwable[] {
                new PersistenceException(new SQLException("Timeout trying to lock table \"LIVE_BRIEFING\"", "HYT00", 50200)),
                new PessimisticLockException("lock"),
                new RuntimeException(new SQLException("deadlock detected", "40P01")),
                new RuntimeException(new SQLException("could not obtain lock", "55P03")),
                new RuntimeException(new SQLException("serialization failure", "40001"))}) {
            assertThat(ProblemMapper.isContention(thrown)).as(thrown.toString()).isTrue();
        }
        assertThat(ProblemMapper.BUSY.status()).isEqualTo(503);
        assertThat(ProblemMapper.BUSY.toJson()).contains("/busy");
    }

    @Test
    void otherFailuresAreNotTakenForContention() {
        assertThat(ProblemMapper.isContention(new RuntimeException(new SQLException("duplicate", "23505")))).isFalse();
        assertThat(ProblemMapper.isContention(new RuntimeException(new SQLException("too long", "22001")))).isFalse();
        assertThat(ProblemMapper.isContention(new IllegalStateException("bug"))).isFalse();
    }
}
