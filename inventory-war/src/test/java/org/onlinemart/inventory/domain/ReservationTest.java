package org.onlinemart.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Demand DEMAND = Demand.of(List.of(new ReservationLine(8, 1), new ReservationLine(3, 2)));

    @Test
    void aReservationHoldsTheSummedLinesInProductOrder() {
        Reservation reservation = Reservation.reserved(42, DEMAND);

        assertEquals(42, reservation.orderId());
        assertEquals(ReservationStatus.RESERVED, reservation.status());
        assertEquals(List.of(new ReservationLine(3, 2), new ReservationLine(8, 1)), reservation.lines());
    }

    @Test
    void aReservedOrderGivesEveryLineBackOnceOnly() {
        Reservation reservation = Reservation.reserved(42, DEMAND);

        assertEquals(DEMAND.lines(), reservation.release());
        assertEquals(ReservationStatus.RELEASED, reservation.status());

        assertTrue(reservation.release().isEmpty());
        assertEquals(ReservationStatus.RELEASED, reservation.status());
    }

    @Test
    void aRejectedOrderKeepsItsLinesForTheRecordButHasNothingToGiveBack() {
        Reservation reservation = Reservation.rejected(42, DEMAND);

        assertEquals(DEMAND.lines(), reservation.lines());
        assertTrue(reservation.release().isEmpty());
        assertEquals(ReservationStatus.REJECTED, reservation.status());
    }

    @Test
    void aRefusedDeductionIsRejectedWithoutLines() {
        Reservation reservation = Reservation.refused(42);

        assertEquals(ReservationStatus.REJECTED, reservation.status());
        assertTrue(reservation.lines().isEmpty());
    }

    @Test
    void aReleaseBeforeTheDeductionLeavesAReleasedReservationWithNothingToGiveBack() {
        Reservation tombstone = Reservation.releasedBeforeReserved(42);

        assertEquals(ReservationStatus.RELEASED, tombstone.status());
        assertTrue(tombstone.lines().isEmpty());
        assertTrue(tombstone.release().isEmpty());
    }
}
