package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void ratesAreParsedInOrderWithTheCommonDuration() {
        assertEquals(List.of(new Stage(5, 20), new Stage(10, 20), new Stage(2.5, 20)), Stage.parse("5, 10,2.5", 20));
    }

    @Test
    void aStageStartsRateTimesSecondsOrdersEvenlySpaced() {
        Stage stage = new Stage(4, 10);
        assertEquals(40, stage.arrivals());
        assertEquals(0, stage.dueNanos(0));
        assertEquals(250_000_000L, stage.dueNanos(1));
        assertEquals(9_750_000_000L, stage.dueNanos(39), "the last one a slot before the stage ends");
        assertEquals(10_000_000_000L, stage.durationNanos());
    }

    @Test
    void fractionalRatesRoundTheNumberOfOrders() {
        assertEquals(5, new Stage(0.5, 10).arrivals());
        assertEquals(2_000_000_000L, new Stage(0.5, 10).dueNanos(1));
        assertEquals(3, new Stage(0.25, 10).arrivals(), "2.5 orders round to 3");
    }

    @Test
    void nonsenseRatesAndDurationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Stage.parse("5,x", 20));
        assertThrows(IllegalArgumentException.class, () -> Stage.parse("5,,10", 20));
        assertThrows(IllegalArgumentException.class, () -> new Stage(0, 20));
        assertThrows(IllegalArgumentException.class, () -> new Stage(Double.NaN, 20));
        assertThrows(IllegalArgumentException.class, () -> new Stage(5, 0));
    }
}
