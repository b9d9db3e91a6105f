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

class FaultReportTest {

    private static final Invariant PENDING =
            Invariant.of("order: none PENDING for over 78 s", 300, List.of("7", "8", "9", "10", "11", "12"));

    /** 120 due: 100 placed, 5 refused, 3 with 503, a 400, 4 without answer (one already at add-to-cart), 7 dropped. */
    private static StageResult load(int number) {
        return new StageResult(
                number,
                new Stage(5, 24),
                120,
                7,
                0,
                25.0,
                0,
                Map.of("200", 112L, "no_answer", 1L, "404", 0L),
                Map.of("201", 100L, "409", 5L, "503", 3L, "400", 1L, "no_answer", 3L),
                Latencies.Summary.NONE,
                Latencies.Summary.NONE,
                Latencies.Summary.NONE,
                Map.of(),
                Latencies.Summary.NONE,
                Map.of("POST /order: java.net.ConnectException", 3L));
    }

    private static final FaultResult CONVERGED = new FaultResult("order", load(1), null, null, 95.34, 4.06, List.of());
    private static final FaultResult INCONSISTENT =
            new FaultResult("kafka:30", load(2), null, null, 41.0, Double.NaN, List.of(PENDING));
    private static final FaultResult NOT_BACK = new FaultResult(
            "payment",
            load(3),
            null,
            "not whole again 300 s after it: payment starting",
            Double.NaN,
            Double.NaN,
            List.of());
    private static final FaultResult SKIPPED =
            FaultResult.skipped("smtp:60", load(4), "SMTP is external (SMTP_HOST): not ours to switch");

    @Test
    void otherAndNoAnswerSplitTheOrdersThatWereNeitherPlacedRefusedNorUnavailable() {
        StageResult load = load(1);
        assertEquals(4, load.noAnswer(), "3 at POST /order, 1 at POST /add-to-cart");
        assertEquals(1, load.otherStatuses(), "the 400");
        assertEquals(5, load.otherErrors(), "what orders' table shows as other");
    }

    @Test
    void eachFaultIsOneRowWithItsOrdersRecoveryAndConsistency() {
        assertEquals("""
                fault     scheduled  201  409  503  other  no answer  dropped  recovered s  consistent after s
                order           120  100    5    3      1          4        7         95.3                 4.1
                kafka:30        120  100    5    3      1          4        7         41.0              FAILED
                payment         120  100    5    3      1          4        7            -              FAILED
                smtp:60         120  100    5    3      1          4        7            -             skipped
                """, FaultReport.table(List.of(CONVERGED, INCONSISTENT, NOT_BACK, SKIPPED)));
    }

    @Test
    void failedAndSkippedFaultsSayWhyWithTheBrokenInvariantsFirstExamples() {
        assertEquals("""
                kafka:30: FAILED
                  order: none PENDING for over 78 s: 6 (7, 8, 9, 10, 11)
                payment: FAILED, not whole again 300 s after it: payment starting
                smtp:60: skipped, SMTP is external (SMTP_HOST): not ours to switch
                """, FaultReport.reasons(List.of(CONVERGED, INCONSISTENT, NOT_BACK, SKIPPED)));
        assertEquals("", FaultReport.reasons(List.of(CONVERGED)));
    }

    @Test
    void theVerdictCountsConvergedSkippedFailedAndNotRun() {
        assertEquals("all 1 faults converged", FaultReport.verdict(List.of(CONVERGED), 1));
        assertTrue(FaultReport.passed(List.of(CONVERGED), 1));

        assertEquals("1 of 2 faults converged, 1 skipped", FaultReport.verdict(List.of(CONVERGED, SKIPPED), 2));
        assertTrue(
                FaultReport.passed(List.of(CONVERGED, SKIPPED), 2), "a part that is not the devstack's fails nothing");

        List<FaultResult> all = List.of(CONVERGED, INCONSISTENT, NOT_BACK, SKIPPED);
        assertEquals(
                "1 of 6 faults converged, 1 skipped, 2 FAILED (kafka:30, payment), 2 not run",
                FaultReport.verdict(all, 6));
        assertFalse(FaultReport.passed(all, 6));
        assertFalse(FaultReport.passed(List.of(CONVERGED), 2), "a fault not run did not converge");
    }

    @Test
    void aProblemFailsAFaultEvenWhenTheCheckHeld() {
        FaultResult switchFailed = new FaultResult(
                "order", load(1), null, "POST /services/order/kill: 404 {\"error\":\"unknown path\"}", 1, 2, List.of());
        assertTrue(switchFailed.failed());
        assertEquals("0 of 1 faults converged, 1 FAILED (order)", FaultReport.verdict(List.of(switchFailed), 1));
    }

    @Test
    void theJsonKeepsEachFaultsOutcomeAndLoadAndWhatWasNotRun() {
        Environment environment =
                new Environment(Instant.parse("2026-12-01T16:00:00Z"), 2, "17", "vm", "os", "abc123", true);
        FaultSettings settings = FaultSettings.parse(
                        List.of("--faults", "order,kafka:30,smtp:60"), Map.of(), Path.of("target"))
                .since(Instant.parse("2026-12-01T15:59:00Z"));
        JsonObject json = FaultReport.json("run", environment, settings, 30.0, List.of(CONVERGED, INCONSISTENT));
        assertEquals("faults", json.getString("scenario"));
        assertFalse(json.getBoolean("passed"));
        assertEquals("abc123", json.getJsonObject("environment").getString("commit"));
        assertEquals("2026-12-01T15:59:00Z", json.getJsonObject("settings").getString("since"));
        assertEquals(List.of("smtp:60"), json.getJsonArray("not_run").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject order = json.getJsonArray("faults").getJsonObject(0);
        assertEquals("converged", order.getString("outcome"));
        assertEquals("95.3", order.getJsonNumber("recovery_seconds").toString());
        assertEquals("4.1", order.getJsonNumber("consistent_after_seconds").toString());
        assertTrue(order.isNull("skipped"));
        assertEquals(
                100, order.getJsonObject("load").getJsonObject("order_statuses").getInt("201"));
        JsonObject kafka = json.getJsonArray("faults").getJsonObject(1);
        assertEquals("failed", kafka.getString("outcome"));
        assertTrue(kafka.isNull("consistent_after_seconds"));
        assertEquals(6, kafka.getJsonArray("violated").getJsonObject(0).getInt("violations"));
    }
}
