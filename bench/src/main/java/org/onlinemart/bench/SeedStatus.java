package org.onlinemart.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The final status of a seeded order, by its number n: of every 100, 85 PAID, 7 CANCELLED, 5 REJECTED and 3
 * REFUNDED. None stays PENDING or CONFIRMED, so that neither the pending-order job nor the grace-period job starts
 * working through the seeded history.
 */
enum SeedStatus {
    PAID(85),
    CANCELLED(7),
    REJECTED(5),
    REFUNDED(3);

    /** Out of 100. */
    final int share;

    SeedStatus(int share) {
        this.share = share;
    }

    static SeedStatus of(long n) {
        long slot = Math.floorMod(n, 100L);
        int below = 0;
        for (SeedStatus status : values()) {
            below += status.share;
            if (slot < below) {
                return status;
            }
        }
        throw new IllegalStateException("the shares add up to " + below + ", not 100");
    }

    /** {@link #of} in SQL, over a bigint expression. */
    static String sql(String n) {
        StringBuilder cases = new StringBuilder("CASE");
        int below = 0;
        for (SeedStatus status : values()) {
            below += status.share;
            cases.append(" WHEN ").append(n).append(" % 100 < ").append(below);
            cases.append(" THEN '").append(status.name()).append('\'');
        }
        return cases.append(" END").toString();
    }

    /** The statuses named, as a SQL text array. */
    static String array(SeedStatus... statuses) {
        return Arrays.stream(statuses)
                .map(status -> "'" + status + "'")
                .collect(Collectors.joining(",", "ARRAY[", "]"));
    }
}
