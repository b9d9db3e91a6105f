package org.onlinemart.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** java -jar bench/target/bench.jar orders|check [--flag value ...], against a stack that is already running. */
public final class Bench {

    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private Bench() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("check")) {
            return check(Arrays.asList(args).subList(1, args.length), out, err);
        }
        if (!args[0].equals("orders")) {
            err.println("bench: unknown scenario '" + args[0] + "'");
            usage(err);
            return 2;
        }
        Settings settings;
        try {
            settings = Settings.parse(Arrays.asList(args).subList(1, args.length), System.getenv(), codeFolder());
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            usage(err);
            return 2;
        }
        try {
            return orders(settings, out);
        } catch (IllegalStateException | IOException e) {
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
        for (Api.Service service : Api.Service.values()) {
            api.get(service, "/health/ready", null)
                    .expect(
                            200,
                            service.name().toLowerCase(Locale.ROOT)
                                    + " service at " + settings.host() + ":" + service.port
                                    + " is not ready (start the stack with "
                                    + "java -jar devstack/target/devstack.jar start)");
        }
        Environment environment = Environment.capture(codeFolder());
        String runId = RUN_TIME.format(environment.date()) + "-"
                + UUID.randomUUID().toString().substring(0, 4);
        out.printf(
                Locale.ROOT,
                "orders: run %s, stages %s orders/s, %d s each, %d orders planned, against %s%n",
                runId,
                settings.stages().stream()
                        .map(stage -> Report.rate(stage.rate()))
                        .collect(Collectors.joining(",")),
                settings.stages().get(0).seconds(),
                settings.plannedOrders(),
                settings.host());

        long setupStart = System.nanoTime();
        Shop shop = Shop.open(api, settings, runId, out);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        out.printf(Locale.ROOT, "setup: done in %.1f s%n", setupSeconds);

        List<StageResult> results = new OrdersScenario(api, settings, shop, out).run();

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
                Report.json(runId, environment, settings, setupSeconds, results),
                "orders",
                settings.outDir(),
                environment);
        out.println();
        out.println("report: " + file.toAbsolutePath());
        return 0;
    }

    /** Reads the six databases and judges the invariants: 0 when all hold, 1 when any fails, 2 on a wrong flag. */
    static int check(List<String> args, PrintStream out, PrintStream err) {
        CheckSettings settings;
        try {
            settings = CheckSettings.parse(args, System.getenv(), codeFolder());
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            usage(err);
            return 2;
        }
        try {
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
        } catch (SQLException | IOException e) {
            err.println("bench: " + e.getMessage());
            return 1;
        }
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
        out.println("usage: java -jar bench/target/bench.jar orders|check [--flag value ...]");
        out.println("Places orders at a rising rate against a running stack (java -jar devstack/target/devstack.jar "
                + "start) and reports per stage. Flags, also as environment variables BENCH_<FLAG> "
                + "(e.g. BENCH_STAGES=5,10):");
        Settings.DEFAULTS.forEach((flag, value) -> out.printf(
                "  --%-26s default %s%n",
                flag,
                flag.equals("admin-password")
                        ? "admin-dev-password (or ADMIN_PASSWORD)"
                        : flag.equals("admin-email") ? value + " (or ADMIN_EMAIL)" : value));
        out.println("check: reads the six databases mart_<service> and fails (exit 1) when an invariant across them "
                + "does not hold. Flags, also as BENCH_<FLAG> (e.g. BENCH_DB_URL):");
        CheckSettings.DEFAULTS.forEach((flag, value) -> out.printf("  --%-26s default %s%n", flag, value));
    }
}
