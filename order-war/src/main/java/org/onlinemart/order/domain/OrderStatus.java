package org.onlinemart.order.domain;

/**
 * Where an order is in its life (DESIGN.md §5): PENDING → CONFIRMED → PAID → REFUNDED, PENDING → REJECTED,
 * PENDING|CONFIRMED → CANCELLED. REJECTED, CANCELLED and REFUNDED are final.
 */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    REJECTED,
    CANCELLED,
    PAID,
    REFUNDED;

    public boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case PENDING -> next == CONFIRMED || next == REJECTED || next == CANCELLED;
            case CONFIRMED -> next == PAID || next == CANCELLED;
            case PAID -> next == REFUNDED;
            case REJECTED, CANCELLED, REFUNDED -> false;
        };
    }
}
