package org.onlinemart.commons.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment succeeded, failed or was refunded; the order follows. */
@Topic("payment_status")
public record PaymentStatusChanged(
        UUID eventId,
        Instant occurredAt,
        long paymentId,
        long orderId,
        String status,
        BigDecimal amount,
        UUID correlationId)
        implements OrderEvent {

    public static PaymentStatusChanged of(
            long paymentId, long orderId, String status, BigDecimal amount, UUID correlationId) {
        return new PaymentStatusChanged(
                UUID.randomUUID(), Instant.now(), paymentId, orderId, status, amount, correlationId);
    }

    @Override
    public String partitionKey() {
        return Long.toString(orderId);
    }
}
