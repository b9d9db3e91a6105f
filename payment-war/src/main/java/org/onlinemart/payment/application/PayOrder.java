package org.onlinemart.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.onlinemart.commons.problem.ServiceUnavailableException;
import org.onlinemart.payment.application.PaymentGateway.Charge;
import org.onlinemart.payment.domain.Payment;
import org.onlinemart.payment.domain.PaymentStatus;

/**
 * POST /payments: the payment is recorded PENDING (one transaction), the gateway is asked with no transaction
 * open, and what it did is recorded (another). A crash in between leaves a PENDING payment that
 * {@link PaymentRecovery} resolves by asking the gateway by the payment's reference: never charged twice, never
 * lost.
 */
@ApplicationScoped
public class PayOrder {

    private static final Logger LOG = Logger.getLogger(PayOrder.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private PaymentLedger ledger;
    private PaymentGateway gateway;

    protected PayOrder() {}

    @Inject
    public PayOrder(PaymentLedger ledger, PaymentGateway gateway) {
        this.ledger = ledger;
        this.gateway = gateway;
    }

    /**
     * @return the SUCCEEDED payment, or the one a repeated Idempotency-Key made, as it stands
     * @throws PaymentDeclinedException when the gateway declined the card (the payment is FAILED)
     */
    public Payment pay(Payer payer, long orderId, Card card, String idempotencyKey) {
        PaymentLedger.Opened opened = ledger.open(payer, orderId, card.last4(), idempotencyKey);
        Payment payment = opened.payment();
        if (!opened.isNew()) {
            return declinedOrAsItStands(payment);
        }
        Charge charge;
        try {
            charge = gateway.charge(payment.gatewayReference(), payment.amount(), card);
        } catch (GatewayUnavailableException e) {
            LOG.warning(() ->
                    payment.trail() + ": payment " + payment.id() + " is left PENDING for recovery: " + e.getMessage());
            throw new ServiceUnavailableException(
                    "The payment gateway did not answer; payment " + payment.id()
                            + " will be resolved shortly. Repeat the request with the same Idempotency-Key to see it",
                    RETRY_AFTER);
        }
        Payment finished = ledger.finish(payment.id(), charge);
        LOG.info(() -> finished.trail() + ": payment " + finished.id() + " " + finished.status());
        return declinedOrAsItStands(finished);
    }

    private static Payment declinedOrAsItStands(Payment payment) {
        if (payment.status() == PaymentStatus.FAILED) {
            throw new PaymentDeclinedException(payment);
        }
        return payment;
    }
}
