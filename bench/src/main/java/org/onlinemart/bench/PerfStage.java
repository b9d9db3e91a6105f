package org.onlinemart.bench;

import java.util.Map;
import java.util.Set;

/**
 * One stage of {@code perf}: its orders as {@code orders} reports them, the CPU each process of the stack spent on
 * them (the idle rate measured before the run taken off), when they were CONFIRMED, and for the cost stage the
 * PostgreSQL commits per order in each service's database and the server's WAL flushes per order (empty and NaN
 * for the others, see {@link Commits}); gaveWay when
 * its p99 passed the limit or it dropped orders.
 */
record PerfStage(
        StageResult load,
        Map<String, Double> cpuMillis,
        OrderTimes.Result times,
        Map<String, Double> commitsPerOrder,
        double walFlushesPerOrder,
        boolean gaveWay) {

    /**
     * The stack's own processes (six servers, or the devstack's one server with all six); the bench, the devstack's
     * JVM and Prometheus are not the shop.
     */
    static final Set<String> STACK = Set.of(
            "user",
            "inventory",
            "product",
            "order",
            "notification",
            "payment",
            StackProcesses.ONE_SERVER,
            "postgres",
            "kafka");

    long placed() {
        return load.count("201");
    }

    /** A process's CPU milliseconds per placed order, or NaN without orders or figures. */
    double cpuPerOrder(String part) {
        Double millis = cpuMillis.get(part);
        return millis == null || placed() == 0 ? Double.NaN : millis / placed();
    }

    /** The whole stack's CPU milliseconds per placed order ({@link #STACK}). */
    double stackCpuPerOrder() {
        return placed() == 0 || cpuMillis.isEmpty() ? Double.NaN : stackTotal(cpuMillis) / placed();
    }

    /** A figure per process added up over the stack's own processes ({@link #STACK}). */
    static double stackTotal(Map<String, Double> byProcess) {
        return byProcess.entrySet().stream()
                .filter(part -> STACK.contains(part.getKey()))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** The cost stage's commits per order in all databases together, or NaN for another stage. */
    double stackCommitsPerOrder() {
        return commitsPerOrder.isEmpty()
                ? Double.NaN
                : commitsPerOrder.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
    }
}
