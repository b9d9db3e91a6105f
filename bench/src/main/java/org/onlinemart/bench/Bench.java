package org.onlinemart.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * java -jar bench/target/bench.jar orders|check|faults|floors|perf|seed [--flag value ...], against a stack that is
 * already running.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        List<String> flags = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "orders" -> scenario(flags, Settings::parse, Bench::orders, out, err);
            case "check" -> scenario(flags, CheckSettings::parse, Bench::check, out, err);
            case "faults" -> scenario(flags, FaultSettings::parse, Bench::faults, out, err);
            case "floors" -> scenario(flags, FloorSettings::parse, Bench::floors, out, err);
            case "perf" -> scenario(flags, PerfSettings::parse, Bench::perf, out, err);
            case "seed" -> scenario(flags, SeedSettings::parse, Bench::seed, out, err);
            default -> {
                err.println("bench: unknown scenario '" + args[0] + "'");
                usage(err);
                yield 2;
            }
        };
    }

    /** Reads a scenario's settings from flags, environment and defaults. */
    @FunctionalInterface
    private interface Parser<S> {
        S parse(List<String> args, Map<String, String> env, Path defaultOutDir);
    }

    /** Runs a scenario and answers its exit code. */
    @FunctionalInterface
    private interface Scenario<S> {
        int run(S settings, PrintStream out) throws IOException, SQLException, InterruptedException;
    }

    /** 2 on a wrong flag; 1 when the run cannot go on (stack not ready, setup failed, a database unreadable). */
    private static <S> int scenario(
            List<String> flags, Parser<S> parser, Scenario<S> scenario, PrintStream out, PrintStream err) {
        S settings;
        try {
            settings = parser.parse(flags, System.getenv(), codeFolder());
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            usage(err);
            return 2;
        }
        try {
            return scenario.run(settings, out);
        } catch (IllegalStateException | IOException | SQLException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bench: interrupted");
            return 1;
        }
    }

    private static int orders(Settings settings, PrintStream out) throws IOException, InterruptedException {
        Api api = new Api(settings.host(), settings.requestTimeout());
        Setup setup = Setup.run(
                api,
                settings,
                runId -> String.format(
                        Locale.ROOT,
                        "orders: run %s, stages %s orders/s, %d s each, %d orders planned, against %s",
                        runId,
                        settings.stages().stream()
                                .map(stage -> Report.rate(stage.rate()))
                                .collect(Collectors.joining(",")),
                        settings.stages().get(0).seconds(),
                        settings.plannedOrders(),
                        settings.host()),
                out);
        List<StageResult> results;
        try (OrderLoad load = new OrderLoad(api, settings, setup.shop())) {
            results = new OrdersScenario(settings, load, out).run();
        }

        out.println();
        out.println("POST /order (latency of the 201 answers; achieved = 201s per second of the stage)");
        out.print(Report.table(results));
        if (settings.confirmEvery() > 0) {
            out.println();
            out.println("time to CONFIRMED, every " + settings.confirmEvery() + "th placed order, from sending "
                    + "POST /order (polled every 250 ms)");
            out.print(Report.confirmationTable(results));
        }
        Path file = Report.write(
                Report.json(setup.runId(), setup.environment(), settings, setup.seconds(), results),
                "orders",
                settings.outDir(),
                setup.environment());
        out.println();
        out.println("report: " + file.toAbsolutePath());
        return 0;
    }

    /** Reads the six databases and judges the invariants: 0 when all hold, 1 when any fails. */
    private static int check(CheckSettings settings, PrintStream out) throws IOException, SQLException {
        out.println("check: reading mart_* at " + settings.dbUrl() + " as " + settings.dbUser());
        List<Invariant> invariants = Invariants.evaluate(new Databases(settings).read(), settings);
        Environment environment = Environment.capture(codeFolder());
        out.print(CheckReport.table(invariants));
        out.println();
        out.println("check: " + CheckReport.verdict(invariants));
        Path file = Report.write(
                CheckReport.json(environment, settings, invariants), "check", settings.outDir(), environment);
        out.println("report: " + file.toAbsolutePath());
        return invariants.stream().allMatch(Invariant::holds) ? 0 : 1;
    }

    /** Injects each fault under load and waits for the databases to agree: 0 when every fault converged. */
    private static int faults(FaultSettings parsed, PrintStream out) throws IOException, InterruptedException {
        // dead letters stored before the run are not the faults' doing
        FaultSettings settings = parsed.since(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Settings loadSettings = settings.load();
        Api api = new Api(loadSettings.host(), loadSettings.requestTimeout());
        Control control = new Control(
                api,
                loadSettings.host(),
                settings.controlPort(),
                Control.secret(settings.controlSecretFile()),
                settings.recoveryTimeout());
        control.missing().ifPresent(missing -> {
            throw new IllegalStateException("the stack is not whole: " + missing
                    + " (the fault suite needs the devstack's control API: java -jar devstack/target/devstack.jar "
                    + "start)");
        });
        Setup setup = Setup.run(
                api,
                loadSettings,
                runId -> String.format(
                        Locale.ROOT,
                        "faults: run %s, %s at %s orders/s, against %s",
                        runId,
                        settings.faults().stream().map(Fault::label).collect(Collectors.joining(",")),
                        Report.rate(settings.rate()),
                        loadSettings.host()),
                out);
        // Ctrl-C during an outage would leave the part stopped: start it again on the way out
        Runtime.getRuntime().addShutdownHook(new Thread(control::startStopped, "bench-restore"));
        List<FaultResult> results;
        try (OrderLoad load = new OrderLoad(api, loadSettings, setup.shop())) {
            results = new FaultsScenario(settings, control, load, out).run();
        }

        int planned = settings.faults().size();
        out.println();
        out.println("faults (orders during each; recovered = from the fault until every part and service was ready; "
                + "consistent = from the load's end until check held)");
        out.print(FaultReport.table(results));
        out.print(FaultReport.reasons(results));
        out.println();
        out.println("faults: " + FaultReport.verdict(results, planned));
        Path file = Report.write(
                FaultReport.json(setup.runId(), setup.environment(), settings, setup.seconds(), results),
                "faults",
                settings.outDir(),
                setup.environment());
        out.println("report: " + file.toAbsolutePath());
        return FaultReport.passed(results, planned) ? 0 : 1;
    }

    /** Measures the limits the stack sits on: 0 when every floor was measured without a failed call. */
    private static int floors(FloorSettings settings, PrintStream out) throws IOException, InterruptedException {
        Environment environment = Environment.capture(codeFolder());
        List<FloorReport.Row> rows = new FloorsScenario(settings, out).run();
        out.println();
        out.println("floors (refused = answered but not 2xx; failed = no answer, an error or a round trip lost; "
                + "cores = busy on average in the window)");
        out.print(FloorReport.table(rows));
        out.print(FloorReport.reasons(rows));
        Path file =
                Report.write(FloorReport.json(environment, settings, rows), "floors", settings.outDir(), environment);
        out.println();
        out.println("report: " + file.toAbsolutePath());
        return FloorsScenario.clean(rows) ? 0 : 1;
    }

    /**
     * The floors, then orders at a steady rate and at rising rates, then the reads, with every process's CPU and
     * memory: what an order and a read cost the stack, beside the limits it sits on.
     */
    private static int perf(PerfSettings settings, PrintStream out)
            throws IOException, InterruptedException, SQLException {
        Settings load = settings.load();
        Api api = new Api(load.host(), load.requestTimeout());
        // before the floors, which would otherwise measure a stack that is not there
        Setup.requireReady(api, load.host());
        StackProcesses processes = new StackProcesses(settings.pidDir());
        if (processes.sample().isEmpty()) {
            out.println("perf: no devstack pid files in " + settings.pidDir().toAbsolutePath()
                    + " (or no /proc): CPU and memory are not measured");
        }
        Setup setup = Setup.run(
                api,
                load,
                runId -> String.format(
                        Locale.ROOT,
                        "perf: run %s, cost stage %s orders/s for %d s, then %s orders/s until p99 > %d ms, against %s",
                        runId,
                        Report.rate(settings.cost().rate()),
                        settings.cost().seconds(),
                        settings.rising().stream()
                                .map(stage -> Report.rate(stage.rate()))
                                .collect(Collectors.joining(",")),
                        settings.p99Limit().toMillis(),
                        load.host()),
                out);
        // the floors after the warm-up: on servers just started they measure the JIT more than the parts
        List<FloorReport.Row> floors;
        PerfScenario.Outcome outcome;
        try (OrderLoad orders = new OrderLoad(api, load, setup.shop())) {
            PerfScenario scenario = new PerfScenario(settings, orders, processes, out);
            scenario.warmUp();
            floors = new FloorsScenario(settings.floors(), out).run();
            outcome = scenario.run();
        }
        out.println("perf: reads, " + settings.floors().connections() + " connections, "
                + settings.readTime().toSeconds() + " s each");
        List<ShopReads.Read> reads = ShopReads.measure(settings, setup.shop(), processes);
        Map<String, StackProcesses.Usage> memory = processes.sample();
        OptionalDouble start = StackStart.seconds(settings.devstackLog());

        out.println();
        out.println("floors (cores = busy on average in the window)");
        out.print(FloorReport.table(floors));
        out.print(FloorReport.reasons(floors));
        out.println();
        out.println("orders (cost = the steady stage; latencies of POST /order's 201s; CONFIRMED from sending POST "
                + "/order to the stored status; CPU net of idle)");
        out.print(PerfReport.stageTable(outcome));
        out.println();
        out.println("processes (CPU ms per placed order per stage, net of idle; commits per order in the cost "
                + "stage; memory = proportional set size after the run)");
        out.print(PerfReport.processTable(outcome, memory));
        out.printf(
                Locale.ROOT,
                "PostgreSQL WAL flushes (durable commits) per order in the cost stage: %s%n",
                Report.oneDecimal(outcome.cost().walFlushesPerOrder()));
        out.println();
        out.println("reads (closed loop; CPU per answered request)");
        out.print(PerfReport.readTable(reads));
        out.println();
        Map<String, Double> ratios = PerfReport.ratios(floors, outcome);
        ratios.forEach((name, ratio) -> out.printf(Locale.ROOT, "%s: %.2f%n", name, ratio));
        StackProcesses.Usage stackMemory = PerfReport.stackMemory(memory);
        out.printf(
                Locale.ROOT,
                "stack memory after the run: %s MiB; last start to all ready: %s s%n",
                stackMemory == null ? "-" : String.valueOf(stackMemory.pssKib() / 1024),
                start.isPresent() ? Report.oneDecimal(start.getAsDouble()) : "-");
        Path file = Report.write(
                PerfReport.report(setup, settings, floors, outcome, reads, memory, ratios, start),
                "perf",
                settings.outDir(),
                setup.environment());
        out.println();
        out.println("report: " + file.toAbsolutePath());
        return 0;
    }

    /** Fills the four databases that keep orders with past orders, by SQL, up to --orders seeded ones. */
    private static int seed(SeedSettings settings, PrintStream out) throws SQLException {
        new Seeder(settings, out).run();
        return 0;
    }

    /** The folder holding bench.jar (bench/target), or target/ when run from target/classes. */
    static Path codeFolder() {
        try {
            Path code = Path.of(Bench.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return code.getParent() == null ? code : code.getParent();
        } catch (URISyntaxException e) {
            return Path.of(".");
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar bench/target/bench.jar orders|check|faults|floors|perf|seed [--flag value ...]");
        out.println("orders: places orders at a rising rate against a running stack (java -jar "
                + "devstack/target/devstack.jar start) and reports per stage. Flags, also as environment variables "
                + "BENCH_<FLAG> (e.g. BENCH_STAGES=5,10):");
        Settings.DEFAULTS.forEach((flag, value) -> out.printf(
                "  --%-26s default %s%n",
                flag,
                flag.equals("admin-password")
                        ? "admin-dev-password (or ADMIN_PASSWORD)"
                        : flag.equals("admin-email") ? value + " (or ADMIN_EMAIL)" : value));
        out.println("check: reads the six databases mart_<service> and fails (exit 1) when an invariant across them "
                + "does not hold. Flags, also as BENCH_<FLAG> (e.g. BENCH_DB_URL):");
        CheckSettings.DEFAULTS.forEach((flag, value) -> out.printf("  --%-26s default %s%n", flag, value));
        out.println("faults: under a steady order load, kills each service or stops Kafka, PostgreSQL or the SMTP sink "
                + "through the devstack's control API, one fault after the other, waits until the stack is whole "
                + "again and until check holds, and fails (exit 1) when it does not in time. Flags, also as "
                + "BENCH_<FLAG> (e.g. BENCH_FAULTS=order,kafka:10):");
        FaultSettings.DEFAULTS.forEach((flag, value) -> out.printf("  --%-26s default %s%n", flag, value));
        out.println("  and those of orders and check, but "
                + FaultSettings.NOT_HERE.stream()
                        .sorted()
                        .map(flag -> "--" + flag)
                        .collect(Collectors.joining(", "))
                + " (--confirm-every is 0 by default here)");
        out.println("floors: measures, one after the other, a Kafka request/reply round trip, the order transaction in "
                + "PostgreSQL (in a scratch schema of mart_order) and GET /jwks of the user service, the limits the "
                + "stack sits on. Flags, also as BENCH_<FLAG> (e.g. BENCH_SECONDS=10):");
        FloorSettings.DEFAULTS.forEach((flag, value) -> out.printf("  --%-26s default %s%n", flag, value));
        out.println("perf: the floors, then orders at a steady cost rate and at rising rates until POST /order's p99 "
                + "passes the limit, then the shop's reads beside the plain endpoint, with every process's CPU per "
                + "order and memory (the devstack's pid files and /proc). Flags, also as BENCH_<FLAG>:");
        PerfSettings.DEFAULTS.forEach((flag, value) -> out.printf("  --%-26s default %s%n", flag, value));
        out.println("  and those of floors and orders (here --stages 25,50,100,200,300,400, --stage-seconds 15, "
                + "--users 200, --threads 64; --confirm-every is 0, confirmations are read from mart_order)");
        out.println("seed: writes past orders straight into mart_order, mart_inventory, mart_payment and "
                + "mart_notification by SQL (no service, no Kafka), every row a real order's life leaves there, until "
                + "--orders seeded orders are held; then ANALYZE. Flags, also as BENCH_<FLAG>:");
        SeedSettings.DEFAULTS.forEach((flag, value) -> out.printf("  --%-26s default %s%n", flag, value));
    }
}
