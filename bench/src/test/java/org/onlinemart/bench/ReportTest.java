package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Latencies.Summary PLACED = new Latencies.Summary(90, 40.04, 80, 120.55, 300);

    private static StageResult stage() {
        return new StageResult(
                1,
                new Stage(5, 20),
                100,
                2,
                1,
                20.0,
                0,
                Map.of("200", 97L, "no_answer", 1L),
                Map.of("201", 90L, "409", 4L, "503", 2L, "400", 1L),
                PLACED,
                PLACED,
                Latencies.Summary.NONE,
                Map.of("CONFIRMED", 8L, "PENDING", 1L),
                Latencies.Summary.NONE,
                Map.of("POST /add-to-cart: java.net.ConnectException", 1L));
    }

    @Test
    void achievedRateIsPlacedOrdersPerSecondAndOtherCountsEveryOtherFailure() {
        StageResult stage = stage();
        assertEquals(4.5, stage.achievedRate());
        assertEquals(2, stage.otherErrors(), "the 400 and the add-to-cart without answer");
        assertEquals(9, stage.sampled());
    }

    @Test
    void theTableShowsOneRowPerStage() {
        String[] lines = Report.table(List.of(stage())).split("\n");
        assertEquals(2, lines.length);
        assertEquals(
                List.of("1", "5", "4.5", "100", "90", "4", "2", "2", "2", "1", "40.0", "80.0", "120.6", "300.0"),
                List.of(lines[1].trim().split("\\s+")));
    }

    @Test
    void theJsonKeepsEnvironmentSettingsAndStages() {
        Environment environment =
                new Environment(Instant.parse("2026-11-25T10:00:00Z"), 2, "17.0.15", "vm", "os", "abc123", false);
        Settings settings = Settings.parse(List.of(), Map.of(), Path.of("target"));
        JsonObject json = Report.json("run", environment, settings, 12.34, List.of(stage()));
        assertEquals("abc123", json.getJsonObject("environment").getString("commit"));
        assertEquals(2, json.getJsonObject("environment").getInt("cores"));
        assertTrue(json.getJsonObject("settings").containsKey("users"));
        JsonObject first = json.getJsonArray("stages").getJsonObject(0);
        assertEquals("4.50", first.getJsonNumber("achieved_rate").toString());
        assertEquals(
                "120.6",
                first.getJsonObject("order_latency_ms").getJsonNumber("p99").toString());
        assertTrue(first.getJsonObject("add_to_cart_latency_ms").isNull("p50"), "nothing measured is null");
        assertEquals(1, first.getJsonObject("no_answers").getInt("POST /add-to-cart: java.net.ConnectException"));
        assertEquals(
                8, first.getJsonObject("confirmation").getJsonObject("outcomes").getInt("CONFIRMED"));
    }

    @Test
    void ratesAndLatenciesPrintCompactly() {
        assertEquals("5", Report.rate(5.0));
        assertEquals("2.5", Report.rate(2.5));
        assertEquals("-", Report.oneDecimal(Double.NaN));
        assertEquals("0.1", Report.oneDecimal(0.05));
    }
}
