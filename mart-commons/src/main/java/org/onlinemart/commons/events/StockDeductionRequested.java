package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order was placed: inventory must reserve all of its lines, or none. */
@Topic("inventory_deduction")
public record StockDeductionRequested(
        UUID eventId, Instant occurredAt, long orderId, List<Line> items, UUID correlationId) implements OrderEvent {

    public record Line(long productId, int quantity) {}

    public static StockDeductionRequested of(long orderId, List<Line> items, UUID correlationId) {
        return new StockDeductionRequested(
                UUID.randomUUID(), Instant.now(), orderId, List.copyOf(items), correlationId);
    }

    @Override
    public String partitionKey() {
        return Long.toString(orderId);
    }
}
