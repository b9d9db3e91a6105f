package org.onlinemart.payment.interfaces.rest;

import java.math.BigDecimal;
import org.onlinemart.payment.domain.Payment;

/** A payment as DESIGN.md §3 shows it: of the card, only its last four digits. */
public record PaymentResponse(long paymentId, long orderId, String status, BigDecimal amount, String cardLast4) {

    static PaymentResponse from(Payment payment) {
        return new PaymentResponse(
                payment.id(), payment.orderId(), payment.status().name(), payment.amount(), payment.cardLast4());
    }
}
