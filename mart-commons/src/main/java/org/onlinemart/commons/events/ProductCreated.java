package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.UUID;

/** A product was defined; inventory opens an item for it with nothing available. */
@Topic("inventory_creation")
public record ProductCreated(UUID eventId, Instant occurredAt, long productId, String productName, String description)
        implements IntegrationEvent {

    public static ProductCreated of(long productId, String productName, String description) {
        return new ProductCreated(UUID.randomUUID(), Instant.now(), productId, productName, description);
    }

    @Override
    public String partitionKey() {
        return Long.toString(productId);
    }
}
