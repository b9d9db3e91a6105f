package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.UUID;

/** An order was cancelled before payment: inventory gives its reserved stock back, once. */
@Topic("inventory_release")
public record StockReleaseRequested(UUID eventId, Instant occurredAt, long orderId) implements IntegrationEvent {

    public static StockReleaseRequested of(long orderId) {
        return new StockReleaseRequested(UUID.randomUUID(), Instant.now(), orderId);
    }

    @Override
    public String partitionKey() {
        return Long.toString(orderId);
    }
}
