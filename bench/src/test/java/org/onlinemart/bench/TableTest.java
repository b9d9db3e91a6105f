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

    @Test
    void aTextColumnCanBeLeftAligned() {
        String table = new Table(List.of("name", "n", "ids"))
                .alignLeft(2)
                .row(List.of("a", "10", "1, 2"))
                .row(List.of("b", "2", "3"))
                .render();
        assertEquals("""
                name   n  ids
                a     10  1, 2
                b      2  3
                """, table);
    }
}
