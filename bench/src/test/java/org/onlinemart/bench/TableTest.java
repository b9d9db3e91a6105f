package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void theFirstColumnIsLeftAlignedAndTheFiguresRightAligned() {
        String table = new Table(List.of("stage", "target/s", "p95 ms"))
                .row(List.of("1", "5", "12.5"))
                .row(List.of("10", "40", "1234.0"))
                .render();
        assertEquals("""
                stage  target/s  p95 ms
                1             5    12.5
                10           40  1234.0
                """, table);
    }

    @Test
    void aRowMustFillEveryColumn() {
        assertThrows(IllegalArgumentException.class, () -> new Table(List.of("a", "b")).row(List.of("1")));
    }
}
