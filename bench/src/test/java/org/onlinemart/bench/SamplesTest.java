package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void theSamplesOfSeveralThreadsMakeOneSummaryAndGrowPastTheirFirstArray() {
        Samples many = new Samples();
        for (int i = 1; i <= 10_000; i++) {
            many.add(i * 1_000_000L);
        }
        Samples one = new Samples();
        one.add(20_000 * 1_000_000L);

        Latencies.Summary summary = Samples.summary(List.of(many, one));
        assertEquals(10_001, summary.count());
        assertEquals(5_001.0, summary.p50(), 1e-9);
        assertEquals(20_000.0, summary.max(), 1e-9);
        assertEquals(0, Samples.summary(List.of(new Samples())).count());
    }
}
