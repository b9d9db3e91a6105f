package org.onlinemart.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DemandTest {

    private static ReservationLine line(long productId, int quantity) {
        return new ReservationLine(productId, quantity);
    }

    private static List<ReservationLine> lines(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(id -> line(id, 1)).toList();
    }

    @Test
    void linesOfOneProductAreSummedAndProductsComeInIdOrder() {
        Demand demand = Demand.of(List.of(line(9, 2), line(3, 1), line(9, 5)));

        assertEquals(List.of(3L, 9L), demand.productIds());
        assertEquals(List.of(line(3, 1), line(9, 7)), demand.lines());
    }

    @Test
    void aHundredLinesAreAnOrderAndNoneOrMoreAreNot() {
        assertEquals(
                Demand.MAX_LINES, Demand.of(lines(Demand.MAX_LINES)).lines().size());

        assertThrows(InvalidDemandException.class, () -> Demand.of(lines(Demand.MAX_LINES + 1)));
        assertThrows(InvalidDemandException.class, () -> Demand.of(List.of()));
        assertThrows(InvalidDemandException.class, () -> Demand.of(null));
    }

    @Test
    void aLineWithoutAPositiveQuantityMakesTheWholeDemandInvalid() {
        assertThrows(InvalidDemandException.class, () -> Demand.of(List.of(line(1, 2), line(2, 0))));
        assertThrows(InvalidDemandException.class, () -> Demand.of(List.of(line(1, -3))));
        assertThrows(InvalidDemandException.class, () -> Demand.of(new ArrayList<>(Arrays.asList(line(1, 1), null))));
    }

    @Test
    void linesOfOneProductAddingUpBeyondTheLargestQuantityAreInvalid() {
        assertThrows(InvalidDemandException.class, () -> Demand.of(List.of(line(1, Integer.MAX_VALUE), line(1, 1))));
    }

    @Test
    void onlyProductsWithLessAvailableThanTheSummedRequestAreShort() {
        Demand demand = Demand.of(List.of(line(1, 2), line(2, 3), line(2, 3), line(3, 4)));

        List<Shortage> shortages = demand.shortagesGiven(Map.of(1L, 2, 2L, 5, 3L, 10));

        assertEquals(List.of(new Shortage(2, 6, 5)), shortages);
    }

    @Test
    void aProductInventoryDoesNotKnowHasNothingAvailable() {
        Demand demand = Demand.of(List.of(line(404, 1)));

        assertEquals(List.of(new Shortage(404, 1, 0)), demand.shortagesGiven(Map.of()));
    }

    @Test
    void enoughOfEveryProductMeansNoShortage() {
        assertTrue(Demand.of(List.of(line(1, 5))).shortagesGiven(Map.of(1L, 5)).isEmpty());
    }
}
