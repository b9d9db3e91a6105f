package org.onlinemart.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.onlinemart.payment.application.PaymentGateway.Charge;
import org.onlinemart.payment.domain.Payment;
import org.onlinemart.payment.domain.PaymentStatus;

/**
 * Finishes what the gateway was asked but whose answer was never recorded (a crash, a gateway that did not
 * answer), and the refunds still to do, such as a charge that succeeded for an order cancelled meanwhile. A
 * payment PENDING for longer than any gateway call takes is resolved by what the gateway says of its reference:
 * charged, declined, or never received (then it was not charged).
 */
@ApplicationScoped
public class PaymentRecovery {

    private static final Logger LOG = Logger.getLogger(PaymentRecovery.class.getName());
    /** Longer than a gateway call may take, so that a call still under way is never taken for a lost one. */
    static final Duration PENDING_FOR = Duration.ofSeconds(60);

    private static final int BATCH_SIZE = 100;

    private PaymentLedger ledger;
    private PaymentGateway gateway;
    private Clock clock;

    protected PaymentRecovery() {}

    @Inject
    public PaymentRecovery(PaymentLedger ledger, PaymentGateway gateway) {
        this(ledger, gateway, Clock.systemUTC());
    }

    PaymentRecovery(PaymentLedger ledger, PaymentGateway gateway, Clock clock) {
        this.ledger = ledger;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** @return how many payments it finished */
    public int finishUnfinished() {
        int finished = 0;
        for (Payment payment : ledger.unfinished(clock.instant().minus(PENDING_FOR), BATCH_SIZE)) {
            PaymentStatus was = payment.status();
            try {
                Payment now;
                if (was == PaymentStatus.PENDING) {
                    Charge charge = gateway.chargeOf(payment.gatewayReference())
                            .orElse(Charge.declined("the payment never reached the gateway; nothing was charged"));
                    now = ledger.finish(payment.id(), charge);
                } else {
                    gateway.refund(payment.gatewayReference());
                    now = ledger.refunded(payment.id());
                }
                finished++;
                LOG.info(() -> payment.trail() + ": payment " + payment.id() + " " + now.status()
                        + ", finished by recovery (it was " + was + ")");
            } catch (GatewayUnavailableException e) {
                LOG.warning(() -> payment.trail() + ": payment " + payment.id() + " still waits for the gateway: "
                        + e.getMessage());
            }
        }
        return finished;
    }
}
