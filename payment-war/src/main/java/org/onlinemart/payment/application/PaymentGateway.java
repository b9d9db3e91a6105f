package org.onlinemart.payment.application;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where cards are charged and refunded. Every call names the payment by its reference, and the gateway treats a
 * repeated call with one reference as the same request: asking again never charges or refunds twice.
 */
public interface PaymentGateway {

    /** What became of a charge. */
    record Charge(boolean approved, String declineReason) {

        public static Charge approvedCharge() {
            return new Charge(true, null);
        }

        public static Charge declined(String reason) {
            return new Charge(false, reason);
        }
    }

    /** @throws GatewayUnavailableException when the gateway did not answer; the charge may or may not stand */
    Charge charge(String reference, BigDecimal amount, Card card);

    /** What the gateway knows of the charge with that reference; empty if it never received it. */
    Optional<Charge> chargeOf(String reference);

    /** Gives a charge's money back. @throws GatewayUnavailableException when the gateway did not answer */
    void refund(String reference);
}
