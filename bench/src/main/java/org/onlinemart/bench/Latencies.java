package org.onlinemart.bench;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of durations by the nearest-rank method: p95 is a duration that was actually measured. */
final class Latencies {

    /** In milliseconds; count 0 means nothing was measured and the figures are NaN. */
    record Summary(int count, double p50, double p95, double p99, double max) {

        static final Summary NONE = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private Latencies() {}

    static Summary of(Collection<Long> nanos) {
        if (nanos.isEmpty()) {
            return Summary.NONE;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Summary(
                sorted.length,
                millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)),
                millis(sorted[sorted.length - 1]));
    }

    /** The smallest value with at least p percent of the values at or below it; sorted must not be empty. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0 || !(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " of " + Arrays.toString(sorted));
        }
        // p * n first: exact for whole percentiles, so 95 of 100 values is rank 95, not 96 by rounding
        int rank = (int) Math.ceil(p * sorted.length / 100);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
