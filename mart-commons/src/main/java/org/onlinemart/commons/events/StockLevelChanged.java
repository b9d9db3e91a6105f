package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.UUID;

/** A product's available quantity changed; the order service keeps it in its stock view. */
@Topic("inventory_data")
public record StockLevelChanged(UUID eventId, Instant occurredAt, long productId, int available)
        implements IntegrationEvent {

    public static StockLevelChanged of(long productId, int available) {
        return new StockLevelChanged(UUID.randomUUID(), Instant.now(), productId, available);
    }

    @Override
    public String partitionKey() {
        return Long.toString(productId);
    }
}
