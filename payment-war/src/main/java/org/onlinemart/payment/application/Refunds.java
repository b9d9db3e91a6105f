package org.onlinemart.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.onlinemart.payment.domain.Payment;

/**
 * POST /refunds: the payment becomes REFUNDING (one transaction; a second refund is refused there), the gateway
 * gives the money back with no transaction open, and the payment becomes REFUNDED (another). If the gateway does
 * not answer, the payment stays REFUNDING and {@link PaymentRecovery} asks again.
 */
@ApplicationScoped
public class Refunds {

    private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

    private PaymentLedger ledger;
    private PaymentGateway gateway;

    protected Refunds() {}

    @Inject
    public Refunds(PaymentLedger ledger, PaymentGateway gateway) {
        this.ledger = ledger;
        this.gateway = gateway;
    }

    /** @return the payment, REFUNDED, or REFUNDING while the gateway has not answered */
    public Payment refund(long paymentId) {
        Payment payment = ledger.requestRefund(paymentId);
        try {
            gateway.refund(payment.gatewayReference());
        } catch (GatewayUnavailableException e) {
            LOG.warning(() ->
                    payment.trail() + ": refund of payment " + paymentId + " is left to recovery: " + e.getMessage());
            return payment;
        }
        Payment refunded = ledger.refunded(paymentId);
        LOG.info(() -> refunded.trail() + ": payment " + paymentId + " " + refunded.status());
        return refunded;
    }
}
