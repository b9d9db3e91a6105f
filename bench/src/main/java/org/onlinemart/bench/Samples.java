package org.onlinemart.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The latencies one thread measured, in nanoseconds, as a growing primitive array: at tens of thousands of calls a
 * second a boxed list would allocate on every call of a generator that shares the box's cores with the stack.
 */
final class Samples {

    private long[] nanos = new long[4096];
    private int count;

    void add(long value) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[count++] = value;
    }

    int count() {
        return count;
    }

    /** The percentiles over the samples of several threads together. */
    static Latencies.Summary summary(Collection<Samples> all) {
        List<Long> merged =
                new ArrayList<>(all.stream().mapToInt(Samples::count).sum());
        for (Samples samples : all) {
            for (int i = 0; i < samples.count; i++) {
                merged.add(samples.nanos[i]);
            }
        }
        return Latencies.of(merged);
    }
}
