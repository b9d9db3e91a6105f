package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckReportTest {

    private static final List<Invariant> INVARIANTS = List.of(
            Invariant.of("stock adds up", 5, List.of()),
            Invariant.of("none PENDING", 120, List.of("1", "2", "3", "4", "5", "6")));

    @Test
    void eachInvariantIsOneRowNamingAtMostFiveExamples() {
        assertEquals("""
                invariant      checked  violations  examples
                stock adds up        5           0  -
                none PENDING       120           6  1, 2, 3, 4, 5
                """, CheckReport.table(INVARIANTS));
        assertEquals("1 of 2 invariants fail", CheckReport.verdict(INVARIANTS));
        assertEquals("all 1 invariants hold", CheckReport.verdict(INVARIANTS.subList(0, 1)));
    }

    @Test
    void theJsonHasEveryLineAndTheVerdict() {
        Environment environment =
                new Environment(Instant.parse("2026-12-01T16:00:00Z"), 2, "17", "vm", "os", null, null);
        JsonObject json =
                CheckReport.json(environment, CheckSettings.parse(List.of(), Map.of(), Path.of("target")), INVARIANTS);
        assertFalse(json.getBoolean("holds"));
        assertEquals(6, json.getJsonArray("invariants").getJsonObject(1).getInt("violations"));
        assertEquals(
                5,
                json.getJsonArray("invariants")
                        .getJsonObject(1)
                        .getJsonArray("examples")
                        .size());
    }
}
