package org.onlinemart.commons.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Something the customer must hear about an order; the notification service mails it. */
@Topic("order_notification")
public record OrderNotificationRaised(
        UUID eventId,
        Instant occurredAt,
        long orderId,
        long userId,
        String userEmail,
        String userName,
        String status,
        BigDecimal totalPrice,
        List<Item> items,
        String message,
        UUID correlationId)
        implements OrderEvent {

    public record Item(long productId, String productName, int quantity, BigDecimal unitPrice) {}

    public static OrderNotificationRaised of(
            long orderId,
            long userId,
            String userEmail,
            String userName,
            String status,
            BigDecimal totalPrice,
            List<Item> items,
            String message,
            UUID correlationId) {
        return new OrderNotificationRaised(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                userId,
                userEmail,
                userName,
                status,
                totalPrice,
                List.copyOf(items),
                message,
                correlationId);
    }

    @Override
    public String partitionKey() {
        return Long.toString(orderId);
    }
}
