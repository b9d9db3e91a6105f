package org.onlinemart.commons.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Something the customer must hear about a payment; only the card's last four digits travel. {@code user_id}
 * stands beside DESIGN.md's fields so that the mail is in the customer's own notification list.
 */
@Topic("payment_notification")
public record PaymentNotificationRaised(
        UUID eventId,
        Instant occurredAt,
        long paymentId,
        long orderId,
        long userId,
        String userEmail,
        String userName,
        String status,
        BigDecimal amount,
        String cardLast4,
        UUID correlationId)
        implements OrderEvent {

    public static PaymentNotificationRaised of(
            long paymentId,
            long orderId,
            long userId,
            String userEmail,
            String userName,
            String status,
            BigDecimal amount,
            String cardLast4,
            UUID correlationId) {
        return new PaymentNotificationRaised(
                UUID.randomUUID(),
                Instant.now(),
                paymentId,
                orderId,
                userId,
                userEmail,
                userName,
                status,
                amount,
                cardLast4,
                correlationId);
    }

    @Override
    public String partitionKey() {
        return Long.toString(orderId);
    }
}
