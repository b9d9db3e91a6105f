package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The order service asks product and inventory for current prices and stock of these products. */
@Topic("get_product_details")
public record ProductDetailsRequested(UUID eventId, Instant occurredAt, UUID correlationId, List<Long> productIds)
        implements IntegrationEvent {

    public static ProductDetailsRequested of(UUID correlationId, List<Long> productIds) {
        return new ProductDetailsRequested(UUID.randomUUID(), Instant.now(), correlationId, List.copyOf(productIds));
    }

    @Override
    public String partitionKey() {
        return correlationId.toString();
    }
}
