package org.onlinemart.commons.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product's current price changed; the order service keeps it in its price view. */
@Topic("product_data")
public record ProductPriceSet(
        UUID eventId, Instant occurredAt, long productId, String productName, BigDecimal price, Instant effectiveDate)
        implements IntegrationEvent {

    public static ProductPriceSet of(long productId, String productName, BigDecimal price, Instant effectiveDate) {
        return new ProductPriceSet(UUID.randomUUID(), Instant.now(), productId, productName, price, effectiveDate);
    }

    @Override
    public String partitionKey() {
        return Long.toString(productId);
    }
}
