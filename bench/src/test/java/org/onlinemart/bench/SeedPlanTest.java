package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void theChunksCoverWhatIsMissingOnceAndInOrder() {
        SeedPlan plan = SeedPlan.of(100_000, 250_000, 50_000, NOW, Duration.ofDays(28));
        assertEquals(150_000, plan.size());
        assertEquals(
                List.of(
                        new SeedPlan.Chunk(100_001, 150_000),
                        new SeedPlan.Chunk(150_001, 200_000),
                        new SeedPlan.Chunk(200_001, 250_000)),
                plan.chunksAfter(100_000));
    }

    @Test
    void aDatabaseAheadOfTheOthersResumesWhereItStopped() {
        SeedPlan plan = SeedPlan.of(0, 120, 50, NOW, Duration.ofDays(1));
        assertEquals(
                List.of(new SeedPlan.Chunk(71, 120)), plan.chunksAfter(70), "the chunk it had not committed, and on");
        assertEquals(List.of(), plan.chunksAfter(120));
        assertEquals(List.of(), plan.chunksAfter(500));
        assertEquals(50, plan.chunksAfter(0).get(0).size());
        assertEquals(20, plan.chunksAfter(0).get(2).size());
    }

    @Test
    void nothingToDoMakesNoChunk() {
        SeedPlan plan = SeedPlan.of(1000, 1000, 50_000, NOW, Duration.ofDays(28));
        assertEquals(0, plan.size());
        assertEquals(List.of(), plan.chunksAfter(0));
    }

    @Test
    void ordersArePlacedEvenlyOverTheSpreadEndingAnHourAgo() {
        SeedPlan plan = SeedPlan.of(0, 1000, 100, NOW, Duration.ofDays(10));
        assertEquals(864.0, plan.step(), 1e-9);
        assertEquals(NOW.minus(Duration.ofHours(1)), plan.placed(1000));
        assertEquals(NOW.minus(Duration.ofHours(1)).minus(Duration.ofDays(10)).plusSeconds(864), plan.placed(1));
        assertEquals(plan.placed(500).plusSeconds(864), plan.placed(501));
    }
}
