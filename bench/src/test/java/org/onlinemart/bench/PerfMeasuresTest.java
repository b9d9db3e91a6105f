package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PerfMeasuresTest {

    @Test
    void commitsPerOrderAreTheDifferenceOverTheOrdersPerDatabase() {
        Map<String, Long> before = Map.of("order", 1000L, "inventory", 500L, "user", 7L);
        Map<String, Long> after = Map.of("order", 1600L, "inventory", 800L, "product", 3L);

        assertEquals(Map.of("order", 6.0, "inventory", 3.0), Commits.perOrder(before, after, 100));
        assertEquals(Map.of(), Commits.perOrder(before, after, 0));
    }

    @Test
    void idleCpuIsTakenOffForAsLongAsTheSpanLastedButNeverBelowZero() {
        Map<String, Double> spent = Map.of("order", 5000.0, "kafka", 100.0);
        Map<String, Double> idle = Map.of("order", 20.0, "kafka", 50.0);

        Map<String, Double> net = PerfScenario.minusIdle(spent, idle, 10_000_000_000L);

        assertEquals(Map.of("order", 4800.0, "kafka", 0.0), net);
    }

    @Test
    void idleRateIsMillisecondsPerSecond() {
        assertEquals(Map.of("user", 15.0), PerfScenario.perSecond(Map.of("user", 165.0), 11_000_000_000L));
    }

    @Test
    void theLastStartOfTheLogCounts() {
        List<String> log = List.of(
                "[devstack] all ready in 107.8 s",
                "[devstack] order: ready in 17.3 s at http://127.0.0.1:8004 (pid 1)",
                "[devstack] all ready in 61 s",
                "[devstack] stopped");

        assertEquals(OptionalDouble.of(61), StackStart.lastReady(log));
        assertTrue(StackStart.lastReady(List.of("[devstack] liberty: waiting")).isEmpty());
    }
}
