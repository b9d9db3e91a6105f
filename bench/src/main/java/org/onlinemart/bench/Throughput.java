package org.onlinemart.bench;

/**
 * What one closed-loop measurement achieved in its window: calls completed (whose latency is given), calls answered
 * but refused (a non-2xx status), calls that failed (no answer, an exception, a round trip that never came back),
 * and the CPU the generator's JVM and the whole box used meanwhile. firstError is null when nothing failed.
 */
record Throughput(
        int concurrency,
        long completed,
        long refused,
        long failed,
        double seconds,
        Latencies.Summary latency,
        double generatorCpuSeconds,
        double boxBusyCores,
        String firstError) {

    /** Completed calls per second of the window. */
    double perSecond() {
        return completed / seconds;
    }

    /** How many cores the generator kept busy on average. */
    double generatorCores() {
        return generatorCpuSeconds / seconds;
    }

    /** The generator's CPU per completed call, in microseconds: what one call costs the machine on our side. */
    double generatorMicrosPerCall() {
        return completed == 0 ? Double.NaN : generatorCpuSeconds * 1e6 / completed;
    }
}
