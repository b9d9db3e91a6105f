package org.onlinemart.inventory.domain;

/** Where an order's reservation stands; RESERVED is the only one that holds stock. */
public enum ReservationStatus {
    RESERVED,
    REJECTED,
    RELEASED
}
