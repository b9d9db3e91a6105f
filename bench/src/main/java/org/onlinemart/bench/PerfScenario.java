package org.onlinemart.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The orders of {@code perf}: a warm-up (before the floors), a quiet spell for each process's idle CPU, the cost stage (a steady rate with quiet
 * spells around it, so that PostgreSQL's commit counts are exact), then stages at rising rates until the p99 of
 * POST /order passes the limit or orders are dropped. Each stage's CPU is read from /proc after its orders were
 * confirmed, with the idle rate taken off.
 */
final class PerfScenario {

    /** Quiet: the stack's processes together busy less than this many cores. */
    static final double QUIET_CORES = 0.25;

    private static final long QUIET_WINDOW_MILLIS = 3000;
    private static final Duration QUIET_WAIT = Duration.ofSeconds(90);

    /** Longest wait for a stage's orders to leave PENDING. */
    private static final Duration CONFIRM_WAIT = Duration.ofSeconds(30);

    private final PerfSettings settings;
    private final OrdersScenario stages;
    private final StackProcesses processes;
    private final PrintStream log;

    PerfScenario(PerfSettings settings, OrderLoad load, StackProcesses processes, PrintStream log) {
        this.settings = settings;
        this.stages = new OrdersScenario(settings.load(), load, log);
        this.processes = processes;
        this.log = log;
    }

    /** What the orders cost: the idle CPU rate (ms per second by process), the cost stage and the rising stages. */
    record Outcome(Map<String, Double> idleMillisPerSecond, PerfStage cost, List<PerfStage> rising) {}

    /**
     * Orders at the warm-up rate, so that the servers' JIT has compiled the order path, then waits until the stack
     * has worked off their saga and is quiet.
     */
    void warmUp() throws InterruptedException {
        log.printf(
                Locale.ROOT,
                "perf: warming up at %s orders/s for %d s%n",
                Report.rate(settings.warmUp().rate()),
                settings.warmUp().seconds());
        stages.runStage(settings.warmUp(), new StageRecorder(-1));
        awaitQuiet();
    }

    /**
     * Waits until the stack's processes together use less than {@link #QUIET_CORES} of a core over a few seconds
     * (at most {@link #QUIET_WAIT}): a stack still confirming orders or compiling would count as idle otherwise.
     */
    void awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + QUIET_WAIT.toNanos();
        while (true) {
            Map<String, StackProcesses.Usage> before = processes.sample();
            long start = System.nanoTime();
            Thread.sleep(QUIET_WINDOW_MILLIS);
            double cores = PerfStage.stackTotal(StackProcesses.cpuMillis(before, processes.sample()))
                    / ((System.nanoTime() - start) / 1e6);
            if (cores < QUIET_CORES || before.isEmpty()) {
                log.printf(Locale.ROOT, "perf: quiet (%.2f cores busy)%n", cores);
                return;
            }
            if (System.nanoTime() > deadline) {
                log.printf(
                        Locale.ROOT,
                        "perf: still %.2f cores busy after %d s; going on%n",
                        cores,
                        QUIET_WAIT.toSeconds());
                return;
            }
        }
    }

    Outcome run() throws InterruptedException, SQLException {
        try (Connection orders = connect("order", false);
                Connection statistics = connect("order", true)) {
            awaitQuiet();
            log.printf(Locale.ROOT, "perf: %d s quiet, for each process's idle CPU%n", Commits.SETTLE_MILLIS / 1000);
            Map<String, StackProcesses.Usage> quietStart = processes.sample();
            long quietStartNanos = System.nanoTime();
            Thread.sleep(Commits.SETTLE_MILLIS);
            Map<String, Double> idle = perSecond(
                    StackProcesses.cpuMillis(quietStart, processes.sample()), System.nanoTime() - quietStartNanos);

            PerfStage cost = measure(settings.cost(), 0, idle, orders, statistics);
            List<PerfStage> rising = new ArrayList<>();
            for (Stage stage : settings.rising()) {
                PerfStage measured = measure(stage, rising.size() + 1, idle, orders, null);
                rising.add(measured);
                if (measured.gaveWay()) {
                    log.printf(
                            Locale.ROOT,
                            "perf: stage %d gave way (p99 %s ms, %d dropped); no higher rate%n",
                            measured.load().number(),
                            Report.oneDecimal(measured.load().created().p99()),
                            measured.load().dropped());
                    break;
                }
            }
            return new Outcome(idle, cost, rising);
        }
    }

    /** The p99 of POST /order passed the limit, or over 1 % of the orders could not even start. */
    boolean gaveWay(StageResult result) {
        return result.created().p99() > settings.p99Limit().toMillis()
                || result.dropped() * 100 > result.scheduled()
                || result.count("201") == 0;
    }

    /** Runs the stage and measures it; with a connection for the statistics, also its commits. */
    private PerfStage measure(
            Stage stage, int number, Map<String, Double> idle, Connection orders, Connection statistics)
            throws InterruptedException, SQLException {
        boolean countCommits = statistics != null;
        Map<String, Long> commitsBefore = countCommits ? Commits.read(statistics) : Map.of();
        long walBefore = countCommits ? Commits.walFlushes(statistics) : 0;
        Map<String, StackProcesses.Usage> before = processes.sample();
        long startNanos = System.nanoTime();
        StageRecorder recorder = new StageRecorder(number);
        StageResult result = stages.runStage(stage, recorder);
        OrderTimes.Result times = OrderTimes.read(orders, recorder.placedOrders(), CONFIRM_WAIT);
        Map<String, Double> commits = Map.of();
        double walFlushes = Double.NaN;
        if (countCommits) {
            // the commits of the saga's last steps and the notifications, then PostgreSQL's statistics settle
            Thread.sleep(Commits.SETTLE_MILLIS);
            commits = Commits.perOrder(commitsBefore, Commits.read(statistics), result.count("201"));
            walFlushes = result.count("201") == 0
                    ? Double.NaN
                    : (Commits.walFlushes(statistics) - walBefore) / (double) result.count("201");
        }
        Map<String, Double> cpu =
                minusIdle(StackProcesses.cpuMillis(before, processes.sample()), idle, System.nanoTime() - startNanos);
        return new PerfStage(result, cpu, times, commits, walFlushes, gaveWay(result));
    }

    /**
     * Reading the order times in one READ COMMITTED transaction (every statement sees the latest commits) that is
     * rolled back adds no commit to those counted; reading the statistics must not, as PostgreSQL keeps them for the
     * rest of a transaction.
     */
    private Connection connect(String service, boolean autoCommit) throws SQLException {
        FloorSettings database = settings.floors();
        Connection connection = DriverManager.getConnection(
                database.dbUrl() + "/mart_" + service, database.dbUser(), database.dbPassword());
        connection.setAutoCommit(autoCommit);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    static Map<String, Double> perSecond(Map<String, Double> millis, long nanos) {
        Map<String, Double> rate = new TreeMap<>();
        millis.forEach((part, spent) -> rate.put(part, spent / (nanos / 1e9)));
        return rate;
    }

    /** Each process's CPU over a span less what it spends idle in as long: background jobs, polls, scrapes. */
    static Map<String, Double> minusIdle(Map<String, Double> millis, Map<String, Double> idlePerSecond, long nanos) {
        Map<String, Double> net = new TreeMap<>();
        millis.forEach((part, spent) ->
                net.put(part, Math.max(0, spent - idlePerSecond.getOrDefault(part, 0.0) * nanos / 1e9)));
        return net;
    }
}
