package org.onlinemart.payment.application;

import org.onlinemart.payment.domain.Payment;

/** The gateway declined the card: the payment is recorded FAILED with the reason. */
public class PaymentDeclinedException extends RuntimeException {

    private final transient Payment payment;

    public PaymentDeclinedException(Payment payment) {
        super("The card was declined: " + payment.failureReason());
        this.payment = payment;
    }

    public Payment payment() {
        return payment;
    }
}
