package org.onlinemart.commons.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Inventory's answer to {@link ProductDetailsRequested}: availability, and the ids it does not know. */
@Topic("inventory_details_response")
public record StockDetailsAnswered(
        UUID eventId, Instant occurredAt, UUID correlationId, List<StockLevel> items, List<Long> missing)
        implements IntegrationEvent {

    public record StockLevel(long productId, int available) {}

    public static StockDetailsAnswered of(UUID correlationId, List<StockLevel> items, List<Long> missing) {
        return new StockDetailsAnswered(
                UUID.randomUUID(), Instant.now(), correlationId, List.copyOf(items), List.copyOf(missing));
    }

    @Override
    public String partitionKey() {
        return correlationId.toString();
    }
}
