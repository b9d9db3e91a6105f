package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultSettingsTest {

    private static final Path TARGET = Path.of("bench", "target");

    private static final List<String> DEFAULT_FAULTS = List.of(
            "user", "inventory", "product", "order", "notification", "payment", "kafka:30", "postgres:10", "smtp:60");

    @Test
    void withoutFlagsEveryPartFailsOnceAtFiveOrdersASecond() {
        FaultSettings settings = FaultSettings.parse(List.of(), Map.of(), TARGET);
        assertEquals(
                DEFAULT_FAULTS, settings.faults().stream().map(Fault::label).toList());
        assertEquals(5, settings.rate());
        assertEquals(Duration.ofSeconds(10), settings.calm());
        assertEquals(8099, settings.controlPort());
        assertEquals(Duration.ofSeconds(300), settings.recoveryTimeout());
        assertEquals(Duration.ofSeconds(240), settings.settleTimeout());
        assertEquals(0, settings.load().confirmEvery(), "no sampling unless asked for");
        assertEquals(50, settings.load().users());
        assertEquals(
                "jdbc:postgresql://127.0.0.1:5432/mart_order", settings.check().urlOf("order"));
        assertNull(settings.check().since());
        assertEquals(TARGET, settings.outDir());
    }

    @Test
    void theFlagsOfOrdersAndCheckWorkHereTooAndAsVariables() {
        Map<String, String> env = Map.of("BENCH_DB_USER", "auditor", "BENCH_RATE", "2", "ADMIN_PASSWORD", "stack");
        FaultSettings settings = FaultSettings.parse(
                List.of(
                        "--faults",
                        "order,kafka:10",
                        "--rate",
                        "3",
                        "--products",
                        "5",
                        "--users=10",
                        "--db-url",
                        "jdbc:postgresql://db:5433/",
                        "--pending-limit-seconds",
                        "90",
                        "--calm-seconds",
                        "4"),
                env,
                TARGET);
        assertEquals(3, settings.rate());
        assertEquals(5, settings.load().products());
        assertEquals(10, settings.load().users());
        assertEquals("stack", settings.load().adminPassword());
        assertEquals("jdbc:postgresql://db:5433/mart_user", settings.check().urlOf("user"));
        assertEquals("auditor", settings.check().dbUser());
        assertEquals(Duration.ofSeconds(90), settings.check().pendingLimit());
        assertEquals(Duration.ofSeconds(4), settings.calm());
    }

    @Test
    void stockCoversEachFaultsLoadAtItsLongest() {
        FaultSettings settings = FaultSettings.parse(
                List.of(
                        "--faults", "order,kafka:10",
                        "--rate", "2",
                        "--calm-seconds", "5",
                        "--recovery-timeout-seconds", "60"),
                Map.of(),
                TARGET);
        // order: 5 + 60 + 5 s, kafka:10: 5 + 10 + 60 + 5 s, at 2 orders/s; and the probes
        assertEquals(2 * 70 + 2 * 80 + 100, settings.load().stockPerProduct());
    }

    @Test
    void sinceIsTheRunsStartNotAFlag() {
        Instant start = Instant.parse("2026-12-01T16:00:00Z");
        FaultSettings settings = FaultSettings.parse(List.of(), Map.of("BENCH_SINCE", "2020-01-01T00:00:00Z"), TARGET);
        assertNull(settings.check().since(), "BENCH_SINCE is check's, not the suite's");
        assertEquals(start, settings.since(start).check().since());
        assertEquals(start.toString(), settings.since(start).describe().get("since"));
    }

    @Test
    void theReportedSettingsLeaveThePasswordsAndThePlannedStagesOut() {
        Map<String, Object> described = FaultSettings.parse(
                        List.of("--db-password", "s3cret", "--admin-password", "boss"), Map.of(), TARGET)
                .describe();
        assertFalse(described.toString().contains("s3cret"));
        assertFalse(described.toString().contains("boss"));
        assertFalse(described.containsKey("stage_rates"));
        assertEquals(DEFAULT_FAULTS, described.get("faults"));
        assertTrue(described.containsKey("db_url"));
        assertTrue(described.containsKey("stock_per_product"));
    }

    @Test
    void wrongFlagsAreRefused() {
        for (List<String> args : List.of(
                List.of("--stages", "5"),
                List.of("--stage-seconds", "5"),
                List.of("--since", "2026-12-01T16:00:00Z"),
                List.of("--faults", "order,redis"),
                List.of("--rate", "0"),
                List.of("--rate", "fast"),
                List.of("--calm-seconds", "0"),
                List.of("--control-port", "70000"),
                List.of("--db-url", "postgres://x"))) {
            assertThrows(IllegalArgumentException.class, () -> FaultSettings.parse(args, Map.of(), TARGET), "" + args);
        }
    }

    @Test
    void aWrongFlagExitsWithTwoAndNamesTheFault() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        assertEquals(
                2,
                Bench.run(
                        new String[] {"faults", "--faults", "kafka"},
                        sink,
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("bench: fault 'kafka' needs a down time"));
    }

    @Test
    void helpListsTheSuitesFlags() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        assertEquals(0, Bench.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), sink));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String flag : FaultSettings.DEFAULTS.keySet()) {
            assertTrue(help.contains("--" + flag), flag);
        }
        assertTrue(help.contains("orders|check|faults"));
    }
}
