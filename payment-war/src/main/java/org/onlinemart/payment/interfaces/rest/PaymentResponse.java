package org.onlinemart.payment.interfaces.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.payment.domain.Payment;

/** A payment as DESIGN.md §3 shows it: of the card, only its last four digits. */
public record PaymentResponse(
        @Schema(examples = "77") long paymentId,
        @Schema(examples = "1001") long orderId,

        @Schema(
                enumeration = {"PENDING", "SUCCEEDED", "FAILED", "REFUNDING", "REFUNDED"},
                examples = "SUCCEEDED")
        String status,

        @Schema(description = "The order's total_price", examples = "39.98")
        BigDecimal amount,

        @Schema(examples = "4242") String cardLast4) {

    static PaymentResponse from(Payment payment) {
        return new PaymentResponse(
                payment.id(), payment.orderId(), payment.status().name(), payment.amount(), payment.cardLast4());
    }
}
