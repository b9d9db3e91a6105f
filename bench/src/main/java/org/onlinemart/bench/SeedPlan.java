package org.onlinemart.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeded orders numbered from to to (n, from 1), in chunks of batch, one transaction each. Order n has the id
 * {@link #ORDER_ID_BASE} + n, far above what the services' sequences will reach, so that every database can be
 * seeded on its own and resumed where it stopped (its highest seeded order id) without asking the others, and no
 * sequence is touched. Its placement times spread evenly over the spread before {@code latest}, in the order of n,
 * for the orders of this run: a database that lagged behind after an interrupted run gets the missing orders with
 * this run's times, a little off those the other databases hold (history either way).
 */
record SeedPlan(long from, long to, int batch, Instant latest, Duration spread) {

    /** Seeded order n has the id ORDER_ID_BASE + n: the order service's sequence is nowhere near 10^12. */
    static final long ORDER_ID_BASE = 1_000_000_000_000L;

    /** Seeded customers' user ids, beyond any registered user's. */
    static final long USER_ID_BASE = 1_000_000_000L;

    /** Seeded orders spread over this many customers (100 orders each at 1 M). */
    static final int CUSTOMERS = 10_000;

    /** The newest seeded order is placed this long before the run, so that even its refund lies in the past. */
    static final Duration NEWEST_AGE = Duration.ofHours(1);

    record Chunk(long from, long to) {
        long size() {
            return to - from + 1;
        }
    }

    /** The plan to go from the least seeded database (seeded orders) to total orders. */
    static SeedPlan of(long seeded, long total, int batch, Instant now, Duration spread) {
        return new SeedPlan(seeded + 1, total, batch, now.minus(NEWEST_AGE), spread);
    }

    long size() {
        return Math.max(0, to - from + 1);
    }

    /** The chunks still to write into a database that holds the seeded orders up to seeded already. */
    List<Chunk> chunksAfter(long seeded) {
        List<Chunk> chunks = new ArrayList<>();
        for (long start = Math.max(from, seeded + 1); start <= to; start += batch) {
            chunks.add(new Chunk(start, Math.min(to, start + batch - 1)));
        }
        return chunks;
    }

    /** Seconds between two consecutive seeded orders. */
    double step() {
        return size() == 0 ? 0 : spread.toMillis() / 1000.0 / size();
    }

    /** When order n was placed. */
    Instant placed(long n) {
        return latest.minusMillis(Math.round((to - n) * step() * 1000));
    }
}
