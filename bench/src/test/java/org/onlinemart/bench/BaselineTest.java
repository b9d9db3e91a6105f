package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final String LINES = "stock: CONFIRMED/PAID orders' lines = RESERVED lines, per order";
    private static final String PENDING = "order: none PENDING for over 78 s";

    @Test
    void rowsBrokenBeforeTheRunAreSetAsideEvenWhenTheirDetailsChange() {
        Baseline baseline =
                Baseline.of(List.of(Invariant.of(LINES, 10, List.of("272 (not reserved)", "273 (not reserved)"))));

        List<Invariant> after = baseline.beyond(List.of(
                Invariant.of(LINES, 50, List.of("272 (lines differ)", "273 (not reserved)", "301 (not reserved)")),
                Invariant.of(PENDING, 50, List.of("272"))));

        assertEquals(2, baseline.rows());
        assertEquals(
                List.of(
                        Invariant.of(LINES, 50, List.of("301 (not reserved)")),
                        Invariant.of(PENDING, 50, List.of("272"))),
                after,
                "a row broken anew, and the same row broken in another way, still count");
    }

    @Test
    void nothingLeftBeyondTheBaselineMeansConsistent() {
        Baseline baseline = Baseline.of(List.of(Invariant.of(LINES, 10, List.of("272 (not reserved)"))));

        assertEquals(List.of(), baseline.beyond(List.of(Invariant.of(LINES, 12, List.of("272 (not reserved)")))));
        assertEquals(List.of(), Baseline.of(List.of()).beyond(List.of()));
    }
}
