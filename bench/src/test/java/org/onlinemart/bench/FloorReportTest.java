package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorReportTest {

    private static final Throughput KAFKA =
            new Throughput(64, 50_000, 0, 0, 5.0, new Latencies.Summary(50_000, 3.2, 9, 16.6, 40), 4.9, 1.9, null);
    private static final Throughput JWKS = new Throughput(
            64, 10_000, 3, 1, 5.0, new Latencies.Summary(10_000, 21.8, 90, 143.6, 300), Double.NaN, 2.0, "timeout");

    private static List<FloorReport.Row> rows() {
        return List.of(
                FloorReport.Row.of("kafka round trip", KAFKA),
                FloorReport.Row.failed("postgres order transaction", "connection refused"),
                FloorReport.Row.of("GET /jwks (plain JAX-RS)", JWKS));
    }

    @Test
    void oneLinePerPhaseWithRatesLatenciesAndTheCoresUsed() {
        String table = FloorReport.table(rows());
        assertTrue(
                table.contains("kafka round trip                   64  10000    3.20   16.60        0       0"
                        + "             0.98       1.90"),
                table);
        assertTrue(table.lines().anyMatch(line -> line.startsWith("postgres order transaction") && line.endsWith("-")));
        assertTrue(table.contains("2000   21.80  143.60        3       1                -       2.00"), table);
        assertEquals(
                "postgres order transaction: not measured: connection refused\n"
                        + "GET /jwks (plain JAX-RS): first failure: timeout\n",
                FloorReport.reasons(rows()));
    }

    @Test
    void theJsonHasEachPhaseAndNullForWhatWasNotMeasured() {
        Environment environment =
                new Environment(Instant.parse("2026-12-01T22:00:00Z"), 2, "17", "vm", "Linux", null, null);
        FloorSettings settings = FloorSettings.parse(List.of(), Map.of(), Path.of("target"));
        JsonObject json = FloorReport.json(environment, settings, rows());
        assertEquals("floors", json.getString("scenario"));
        JsonObject kafka = json.getJsonArray("floors").getJsonObject(0);
        assertEquals(10_000.0, kafka.getJsonNumber("per_second").doubleValue());
        assertEquals(98.0, kafka.getJsonNumber("generator_cpu_micros_per_call").doubleValue());
        assertEquals(
                16.6, kafka.getJsonObject("latency_ms").getJsonNumber("p99").doubleValue());
        assertFalse(kafka.containsKey("first_error"));
        assertEquals(
                "connection refused",
                json.getJsonArray("floors").getJsonObject(1).getString("not_measured"));
        JsonObject jwks = json.getJsonArray("floors").getJsonObject(2);
        assertTrue(jwks.isNull("generator_cpu_seconds"));
        assertEquals("timeout", jwks.getString("first_error"));
    }

    @Test
    void aRunIsCleanOnlyWhenEveryFloorWasMeasuredWithoutAFailedCall() {
        assertFalse(FloorsScenario.clean(rows()));
        assertTrue(FloorsScenario.clean(List.of(FloorReport.Row.of("kafka round trip", KAFKA))));
    }
}
