package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.UUID;

/** An order was cancelled before payment: inventory gives its reserved stock back, once. */
@Topic("inventory_release")
public record StockReleaseRequested(UUID eventId, Instant occurredAt, long orderId, UUID correlationId)
        implements OrderEvent {

    public static StockReleaseRequested of(long orderId, UUID correlationId) {
        return new StockReleaseRequested(UUID.randomUUID(), Instant.now(), orderId, correlationId);
    }

    @Override
    public String partitionKey() {
        return Long.toString(orderId);
    }
}
