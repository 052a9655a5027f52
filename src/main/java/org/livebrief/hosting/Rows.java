package org.livebrief.hosting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Column values of native queries, whichever Java type the database's driver hands back (H2 and PostgreSQL differ). */
final class Rows {

    private Rows() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a point in time: " + value.getClass());
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
