package org.onlinemart.commons.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order's status changed; payment learns which orders it may charge. */
@Topic("order_status")
public record OrderStatusChanged(
        UUID eventId,
        Instant occurredAt,
        long orderId,
        long userId,
        String status,
        BigDecimal totalPrice,
        UUID correlationId)
        implements OrderEvent {

    public static OrderStatusChanged of(
            long orderId, long userId, String status, BigDecimal totalPrice, UUID correlationId) {
        return new OrderStatusChanged(
                UUID.randomUUID(), Instant.now(), orderId, userId, status, totalPrice, correlationId);
    }

    @Override
    public String partitionKey() {
        return Long.toString(orderId);
    }
}
