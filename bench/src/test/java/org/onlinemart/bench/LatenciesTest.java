package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long[] ONE_TO_HUNDRED = LongStream.rangeClosed(1, 100).toArray();

    @Test
    void wholePercentilesOfAHundredValuesAreTheValuesAtThatRank() {
        assertEquals(50, Latencies.percentile(ONE_TO_HUNDRED, 50));
        assertEquals(95, Latencies.percentile(ONE_TO_HUNDRED, 95));
        assertEquals(99, Latencies.percentile(ONE_TO_HUNDRED, 99));
        assertEquals(100, Latencies.percentile(ONE_TO_HUNDRED, 100));
    }

    @Test
    void aPercentileIsAlwaysAMeasuredValueRoundedUpInRank() {
        long[] ten = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertEquals(50, Latencies.percentile(ten, 50));
        assertEquals(100, Latencies.percentile(ten, 95), "rank 9.5 rounds up to the 10th value");
        assertEquals(10, Latencies.percentile(ten, 1), "the smallest rank is the first value");
        assertEquals(7, Latencies.percentile(new long[] {7}, 99));
    }

    @Test
    void summaryIsInMillisecondsAndIgnoresTheOrderOfMeasurement() {
        Latencies.Summary summary = Latencies.of(List.of(3_000_000L, 1_000_000L, 2_000_000L, 250_000_000L));
        assertEquals(4, summary.count());
        assertEquals(2.0, summary.p50());
        assertEquals(250.0, summary.p95());
        assertEquals(250.0, summary.max());
    }

    @Test
    void nothingMeasuredIsNoFigures() {
        Latencies.Summary none = Latencies.of(List.of());
        assertEquals(0, none.count());
        assertTrue(Double.isNaN(none.p50()) && Double.isNaN(none.max()));
    }

    @Test
    void percentilesOutsideZeroToHundredOrOfNothingAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Latencies.percentile(ONE_TO_HUNDRED, 0));
        assertThrows(IllegalArgumentException.class, () -> Latencies.percentile(ONE_TO_HUNDRED, 101));
        assertThrows(IllegalArgumentException.class, () -> Latencies.percentile(new long[0], 50));
    }
}
