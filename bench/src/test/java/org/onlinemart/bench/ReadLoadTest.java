package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadLoadTest {

    @Test
    void eachThreadGoesRoundTheUrisFromItsOwnStart() {
        assertEquals(
                List.of(0, 1, 2, 0),
                List.of(0, 1, 2, 3).stream()
                        .map(sent -> ReadLoad.next(0, sent, 3))
                        .toList());
        assertEquals(
                List.of(2, 0, 1, 2),
                List.of(0, 1, 2, 3).stream()
                        .map(sent -> ReadLoad.next(5, sent, 3))
                        .toList());
        assertEquals(0, ReadLoad.next(63, 1_000_001, 1));
    }

    @Test
    void itNeedsAUri() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ReadLoad.measure(List.of(), null, 1, Duration.ZERO, Duration.ofSeconds(1)));
    }
}
