package org.onlinemart.commons.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Product's answer to {@link ProductDetailsRequested}: current prices, and the ids it does not know. */
@Topic("products_details_response")
public record ProductDetailsAnswered(
        UUID eventId, Instant occurredAt, UUID correlationId, List<PricedProduct> products, List<Long> missing)
        implements IntegrationEvent {

    public record PricedProduct(long productId, String productName, BigDecimal price) {}

    public static ProductDetailsAnswered of(UUID correlationId, List<PricedProduct> products, List<Long> missing) {
        return new ProductDetailsAnswered(
                UUID.randomUUID(), Instant.now(), correlationId, List.copyOf(products), List.copyOf(missing));
    }

    @Override
    public String partitionKey() {
        return correlationId.toString();
    }
}
