package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Inventory's one answer per order: all lines reserved, or rejected with the shortages. */
@Topic("inventory_deduction_result")
public record StockDeductionDecided(
        UUID eventId, Instant occurredAt, long orderId, Outcome status, List<Shortage> shortages, UUID correlationId)
        implements OrderEvent {

    public enum Outcome {
        RESERVED,
        REJECTED
    }

    public record Shortage(long productId, int requested, int available) {}

    public static StockDeductionDecided of(long orderId, Outcome status, List<Shortage> shortages, UUID correlationId) {
        return new StockDeductionDecided(
                UUID.randomUUID(), Instant.now(), orderId, status, List.copyOf(shortages), correlationId);
    }

    @Override
    public String partitionKey() {
        return Long.toString(orderId);
    }
}
