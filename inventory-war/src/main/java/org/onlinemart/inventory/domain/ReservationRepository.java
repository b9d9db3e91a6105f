package org.onlinemart.inventory.domain;

import java.util.Optional;

public interface ReservationRepository {

    /**
     * Stores the reservation and its lines unless its order has one already, in whatever status: false when it
     * had, and nothing is stored. The primary key decides, so two events racing for one order cannot both win.
     */
    boolean claim(Reservation reservation);

    /** The order's reservation, its row locked until the transaction ends: for a release. */
    Optional<Reservation> lockByOrderId(long orderId);
}
