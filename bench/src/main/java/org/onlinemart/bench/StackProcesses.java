package org.onlinemart.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time and memory of each part of the stack (the six servers, PostgreSQL, Kafka, ... and the bench itself),
 * read from Linux' /proc: the processes the devstack names in {@code .devstack/pids/<part>.pid}, each with all its
 * descendants, so that PostgreSQL's backends count for PostgreSQL. Elsewhere than on Linux, or without the pid
 * files, there is nothing to read and every sample is empty.
 */
final class StackProcesses {

    /** A part's processes at one moment: CPU time so far (exited children included) and proportional memory. */
    record Usage(long cpuTicks, long pssKib) {}

    /** What /proc/<pid>/stat says of one process. */
    record Stat(long pid, long parent, long cpuTicks) {}

    /** The kernel's unit of CPU time in /proc/<pid>/stat; 100 per second on every common Linux build. */
    static final long TICKS_PER_SECOND = 100;

    static final String BENCH = "bench";
    /** The devstack's one-server option: the six services in one Liberty server. */
    static final String ONE_SERVER = "mart";

    private final Path pidDir;
    private final Path proc;

    StackProcesses(Path pidDir) {
        this(pidDir, Path.of("/proc"));
    }

    StackProcesses(Path pidDir, Path proc) {
        this.pidDir = pidDir;
        this.proc = proc;
    }

    /** Each part's usage now, by part name; the load generator as "bench". */
    Map<String, Usage> sample() {
        Map<String, Long> roots = roots();
        if (roots.isEmpty()) {
            return Map.of();
        }
        roots.put(BENCH, ProcessHandle.current().pid());
        Map<Long, Stat> stats = stats();
        Map<String, Usage> usage = new TreeMap<>();
        roots.forEach((part, root) -> {
            if (stats.containsKey(root)) {
                List<Long> tree = tree(root, stats, Set.copyOf(roots.values()));
                long ticks = tree.stream()
                        .mapToLong(pid -> stats.get(pid).cpuTicks())
                        .sum();
                long pss = tree.stream().mapToLong(this::pssKib).sum();
                usage.put(part, new Usage(ticks, pss));
            }
        });
        return usage;
    }

    /** CPU milliseconds each part spent between two samples; parts missing from either are left out. */
    static Map<String, Double> cpuMillis(Map<String, Usage> before, Map<String, Usage> after) {
        Map<String, Double> millis = new TreeMap<>();
        after.forEach((part, usage) -> {
            Usage earlier = before.get(part);
            if (earlier != null) {
                millis.put(part, (usage.cpuTicks() - earlier.cpuTicks()) * 1000.0 / TICKS_PER_SECOND);
            }
        });
        return millis;
    }

    /** The fields of a /proc/<pid>/stat line that matter here; the name in parentheses may hold anything. */
    static Stat parseStat(String line) {
        int close = line.lastIndexOf(')');
        long pid = Long.parseLong(line.substring(0, line.indexOf(' ')).trim());
        String[] fields = line.substring(close + 2).trim().split(" ");
        // fields[0] is field 3 (state): parent is 4, utime 14, stime 15, cutime 16, cstime 17
        long ticks = Long.parseLong(fields[11])
                + Long.parseLong(fields[12])
                + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
        return new Stat(pid, Long.parseLong(fields[1]), ticks);
    }

    /**
     * The root and every process below it, but not other parts' roots and theirs: the devstack's JVM is every
     * part's parent.
     */
    static List<Long> tree(long root, Map<Long, Stat> stats, Set<Long> otherRoots) {
        Map<Long, List<Long>> children = new HashMap<>();
        stats.values()
                .forEach(stat -> children.computeIfAbsent(stat.parent(), any -> new ArrayList<>())
                        .add(stat.pid()));
        List<Long> tree = new ArrayList<>();
        Deque<Long> next = new ArrayDeque<>(List.of(root));
        while (!next.isEmpty()) {
            long pid = next.pop();
            tree.add(pid);
            children.getOrDefault(pid, List.of()).stream()
                    .filter(child -> !otherRoots.contains(child))
                    .forEach(next::add);
        }
        return tree;
    }

    /** The proportional set size from smaps_rollup (shared pages split among their users), in KiB. */
    static long parsePssKib(List<String> smapsRollup) {
        return smapsRollup.stream()
                .filter(line -> line.startsWith("Pss:"))
                .findFirst()
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .orElse(0L);
    }

    private Map<String, Long> roots() {
        Map<String, Long> roots = new TreeMap<>();
        if (!Files.isDirectory(pidDir)) {
            return roots;
        }
        try (Stream<Path> files = Files.list(pidDir)) {
            files.filter(file -> file.getFileName().toString().endsWith(".pid")).forEach(file -> {
                String part = file.getFileName().toString().replaceFirst("\\.pid$", "");
                read(file)
                        .map(String::trim)
                        .filter(text -> text.matches("\\d+"))
                        .ifPresent(pid -> roots.put(part, Long.parseLong(pid)));
            });
        } catch (IOException e) {
            return Map.of();
        }
        return roots;
    }

    private Map<Long, Stat> stats() {
        Map<Long, Stat> stats = new HashMap<>();
        try (Stream<Path> entries = Files.list(proc)) {
            entries.filter(entry -> entry.getFileName().toString().matches("\\d+"))
                    .forEach(entry -> read(entry.resolve("stat")).ifPresent(line -> {
                        Stat stat = parseStat(line);
                        stats.put(stat.pid(), stat);
                    }));
        } catch (IOException e) {
            return Map.of();
        }
        return stats;
    }

    private long pssKib(long pid) {
        try {
            return parsePssKib(Files.readAllLines(proc.resolve(pid + "/smaps_rollup")));
        } catch (IOException e) {
            // the process has just exited
            return 0;
        }
    }

    /** A file's text, or nothing when it has gone meanwhile (a process exited). */
    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
