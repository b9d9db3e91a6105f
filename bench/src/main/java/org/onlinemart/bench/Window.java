package org.onlinemart.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The stretch of a floor measurement that counts: a call counts when it completes after the warm-up and before the
 * end. The clock's owner waits for both ends and takes the CPU the generator's JVM and the whole box spent between
 * them, since the generator shares the box's cores with what it measures.
 */
final class Window {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    private final long from;
    private final long until;
    private long cpuAtFrom = -1;
    private long cpuAtUntil = -1;
    private long[] boxAtFrom;
    private long[] boxAtUntil;

    Window(long from, long until) {
        if (until - from <= 0) {
            throw new IllegalArgumentException("a window must end after it starts: " + from + ", " + until);
        }
        this.from = from;
        this.until = until;
    }

    /** The window after a warm-up, starting from now. */
    static Window afterWarmUp(Duration warmUp, Duration duration) {
        long from = System.nanoTime() + warmUp.toNanos();
        return new Window(from, from + duration.toNanos());
    }

    /** Whether a call that completed at this System.nanoTime() counts. */
    boolean counts(long completedAt) {
        return completedAt - from >= 0 && completedAt - until < 0;
    }

    /** Whether calls should still start: the window has not ended. */
    boolean open(long now) {
        return now - until < 0;
    }

    double seconds() {
        return (until - from) / 1e9;
    }

    /** Sleeps until the warm-up is over, then notes the CPU spent so far. */
    void awaitStart() throws InterruptedException {
        sleepUntil(from);
        cpuAtFrom = processCpuNanos();
        boxAtFrom = boxTicks();
    }

    /** Sleeps until the window ends, then notes the CPU spent so far. */
    void awaitEnd() throws InterruptedException {
        sleepUntil(until);
        cpuAtUntil = processCpuNanos();
        boxAtUntil = boxTicks();
    }

    /** CPU seconds the generator's JVM used in the window, all its threads; NaN when the JVM cannot tell. */
    double generatorCpuSeconds() {
        return cpuAtFrom < 0 || cpuAtUntil < 0 ? Double.NaN : (cpuAtUntil - cpuAtFrom) / 1e9;
    }

    /** How many of the box's cores were busy on average in the window (Linux only, else NaN). */
    double boxBusyCores() {
        return busyCores(boxAtFrom, boxAtUntil, Runtime.getRuntime().availableProcessors());
    }

    /** From two readings of {busy, total} jiffies: the busy share of the time times the cores. */
    static double busyCores(long[] before, long[] after, int cores) {
        if (before == null || after == null || after[1] <= before[1]) {
            return Double.NaN;
        }
        return (double) (after[0] - before[0]) / (after[1] - before[1]) * cores;
    }

    /**
     * The first line of /proc/stat, "cpu user nice system idle iowait irq softirq steal guest guest_nice", as {busy,
     * total} jiffies: idle and iowait are not busy; guest time is already counted in user, so it is left out.
     */
    static long[] ticks(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 5) {
            throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
        }
        long total = 0;
        long idle = 0;
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            long value = Long.parseLong(fields[i]);
            total += value;
            if (i == 4 || i == 5) {
                idle += value;
            }
        }
        return new long[] {total - idle, total};
    }

    private static long[] boxTicks() {
        try {
            List<String> lines = Files.readAllLines(PROC_STAT);
            return lines.isEmpty() ? null : ticks(lines.get(0));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000), (int) (left % 1_000_000));
        }
    }
}
