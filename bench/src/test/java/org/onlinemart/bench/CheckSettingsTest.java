package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckSettingsTest {

    private static final Path TARGET = Path.of("bench", "target");

    @Test
    void withoutFlagsItReadsTheLocalStack() {
        CheckSettings settings = CheckSettings.parse(List.of(), Map.of(), TARGET);
        assertEquals("jdbc:postgresql://127.0.0.1:5432/mart_inventory", settings.urlOf("inventory"));
        assertEquals("mart", settings.dbUser());
        assertEquals("mart", settings.dbPassword());
        assertEquals(Duration.ofSeconds(78), settings.pendingLimit());
        assertEquals(Duration.ofSeconds(60), settings.unsentLimit());
        assertNull(settings.since());
        assertEquals(TARGET, settings.outDir());
    }

    @Test
    void flagsBeatBenchVariables() {
        Map<String, String> env = Map.of(
                "BENCH_DB_URL", "jdbc:postgresql://db:5433/", "BENCH_DB_USER", "auditor", "BENCH_DB_PASSWORD", "x");
        CheckSettings settings = CheckSettings.parse(
                List.of("--db-user", "admin", "--since=2026-12-01T16:00:00Z", "--pending-limit-seconds", "5"),
                env,
                TARGET);
        assertEquals("jdbc:postgresql://db:5433/mart_order", settings.urlOf("order"));
        assertEquals("admin", settings.dbUser());
        assertEquals(Instant.parse("2026-12-01T16:00:00Z"), settings.since());
        assertEquals(Duration.ofSeconds(5), settings.pendingLimit());
    }

    @Test
    void theReportedSettingsLeaveThePasswordOut() {
        Map<String, Object> described = CheckSettings.parse(List.of("--db-password", "s3cret"), Map.of(), TARGET)
                .describe();
        assertFalse(described.toString().contains("s3cret"));
    }

    @Test
    void wrongFlagsAreRefused() {
        for (List<String> args : List.of(
                List.of("--users", "5"),
                List.of("--since", "yesterday"),
                List.of("--db-url", "postgres://x"),
                List.of("--pending-limit-seconds", "0"),
                List.of("--settle-seconds"))) {
            assertThrows(IllegalArgumentException.class, () -> CheckSettings.parse(args, Map.of(), TARGET), "" + args);
        }
    }

    @Test
    void aWrongFlagExitsWithTwo() {
        var sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        assertEquals(2, Bench.run(new String[] {"check", "--nope", "1"}, sink, sink));
    }
}
