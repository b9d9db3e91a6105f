package org.onlinemart.commons.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of TIMESTAMPTZ columns in native queries, where {@link InstantConverter} does not apply: the
 * driver binds OffsetDateTime, and answers Timestamp or OffsetDateTime depending on the query.
 */
public final class NativeTimestamps {

    private NativeTimestamps() {}

    /** The instant as a TIMESTAMPTZ query parameter. */
    public static OffsetDateTime parameter(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A TIMESTAMPTZ as the driver answers it in a native query. */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("a timestamp column answered a " + column.getClass());
    }
}
