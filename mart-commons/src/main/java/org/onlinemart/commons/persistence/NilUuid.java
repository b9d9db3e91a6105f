package org.onlinemart.commons.persistence;

import java.util.UUID;

/**
 * A {@code uuid} column whose value may be unknown keeps the nil UUID for "unknown", never NULL: EclipseLink 4.0.9
 * (Open Liberty's) fails on a NULL {@code uuid}, reading it (a NullPointerException in its UUIDConverter) and
 * binding it (as a varchar, which PostgreSQL refuses). Entities store {@link #toColumn} and answer
 * {@link #fromColumn}, so the rest of the code sees null.
 */
public final class NilUuid {

    /** 00000000-0000-0000-0000-000000000000, the column's default. */
    public static final UUID NIL = new UUID(0, 0);

    private NilUuid() {}

    /** What the column holds for the value: the nil UUID for null. */
    public static UUID toColumn(UUID value) {
        return value == null ? NIL : value;
    }

    /** The value the column holds: null for the nil UUID. */
    public static UUID fromColumn(UUID column) {
        return column == null || NIL.equals(column) ? null : column;
    }
}
