package org.onlinemart.commons.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Something the customer must hear about a payment; only the card's last four digits travel. */
@Topic("payment_notification")
public record PaymentNotificationRaised(
        UUID eventId,
        Instant occurredAt,
        long paymentId,
        long orderId,
        String userEmail,
        String userName,
        String status,
        BigDecimal amount,
        String cardLast4)
        implements IntegrationEvent {

    public static PaymentNotificationRaised of(
            long paymentId,
            long orderId,
            String userEmail,
            String userName,
            String status,
            BigDecimal amount,
            String cardLast4) {
        return new PaymentNotificationRaised(
                UUID.randomUUID(), Instant.now(), paymentId, orderId, userEmail, userName, status, amount, cardLast4);
    }

    @Override
    public String partitionKey() {
        return Long.toString(orderId);
    }
}
