package org.onlinemart.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.onlinemart.commons.events.OrderStatusChanged;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.commons.events.PaymentStatusChanged;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.metrics.Counted;
import org.onlinemart.commons.outbox.Outbox;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.payment.application.PaymentGateway.Charge;
import org.onlinemart.payment.domain.PayableOrder;
import org.onlinemart.payment.domain.PayableOrderRepository;
import org.onlinemart.payment.domain.Payment;
import org.onlinemart.payment.domain.PaymentRepository;
import org.onlinemart.payment.domain.PaymentStatus;

/**
 * Every change of a payment, each in one short transaction with the events it causes: opening a payment before the
 * gateway is asked, recording what the gateway did after, and refunds. No transaction is open while the gateway
 * is asked ({@link PayOrder}, {@link Refunds}, {@link PaymentRecovery} do that in between).
 */
@ApplicationScoped
public class PaymentLedger {

    private static final Logger LOG = Logger.getLogger(PaymentLedger.class.getName());

    private PaymentRepository payments;
    private PayableOrderRepository orders;
    private Outbox outbox;
    private Event<Counted> counted;

    protected PaymentLedger() {}

    @Inject
    public PaymentLedger(
            PaymentRepository payments, PayableOrderRepository orders, Outbox outbox, Event<Counted> counted) {
        this.payments = payments;
        this.orders = orders;
        this.outbox = outbox;
        this.counted = counted;
    }

    /**
     * A PENDING payment of the caller's CONFIRMED order, or the payment the Idempotency-Key made before. The order's
     * row lock makes concurrent attempts for one order wait for each other; the unique index on live payments
     * refuses the second.
     */
    @Transactional
    public Opened open(Payer payer, long orderId, String cardLast4, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<Payment> made = payments.findByIdempotencyKey(payer.userId(), idempotencyKey);
            if (made.isPresent()) {
                return new Opened(made.get(), false);
            }
        }
        PayableOrder order = orders.lockById(orderId)
                .orElseThrow(() -> new ConflictException("Order " + orderId
                        + " is not known to payment yet; if it was just placed, try again in a moment"));
        if (!order.isOwnedBy(payer.userId())) {
            throw new ResourceNotFoundException("Order", orderId);
        }
        if (!order.awaitsPayment()) {
            throw new ConflictException(
                    "Order " + orderId + " is " + order.status() + "; only a CONFIRMED order is paid");
        }
        Payment payment = new Payment(order, payer.email(), payer.name(), cardLast4, idempotencyKey);
        if (!payments.add(payment)) {
            throw new ConflictException("Order " + orderId + " is paid or being paid already");
        }
        // the order service holds off the unpaid-order job while a payment is in progress
        outbox.enqueue(PaymentStatusChanged.of(
                payment.id(), orderId, PaymentStatus.PENDING.name(), payment.amount(), payment.correlationId()));
        LOG.info(() -> payment.trail() + ": payment " + payment.id() + " PENDING, the gateway is asked");
        return new Opened(payment, true);
    }

    /** The payment {@link #open} answered with: a new one, or the one its Idempotency-Key made before. */
    public record Opened(Payment payment, boolean isNew) {}

    /**
     * Records what the gateway did with a PENDING payment; one already resolved (by recovery) stays as it is. A
     * charge that succeeded for an order cancelled meanwhile is to be refunded at once.
     */
    @Transactional
    public Payment finish(long paymentId, Charge charge) {
        Payment payment = payments.lockById(paymentId).orElseThrow();
        if (payment.status() != PaymentStatus.PENDING) {
            return payment;
        }
        if (charge.approved()) {
            payment.succeed();
            announce(payment);
            if (orders.findById(payment.orderId())
                    .map(PayableOrder::isCancelled)
                    .orElse(false)) {
                LOG.warning(() -> payment.trail() + ": payment " + paymentId
                        + " succeeded for the order cancelled meanwhile: refunding it");
                payment.requestRefund();
            }
        } else {
            payment.fail(charge.declineReason());
            announce(payment);
        }
        return payment;
    }

    /** order_status: the order as payment knows it; a cancelled order's charge, if one stands, is refunded. */
    @Transactional
    public void follow(OrderStatusChanged change) {
        PayableOrder order = orders.lockById(change.orderId()).orElse(null);
        if (order == null) {
            order = new PayableOrder(
                    change.orderId(), change.userId(), change.status(), change.totalPrice(), change.correlationId());
            orders.add(order);
        } else {
            order.follow(change.status(), change.totalPrice(), change.correlationId());
        }
        PayableOrder followed = order;
        LOG.info(() -> followed.trail() + ": order is " + followed.status() + ", as payment knows it");
        if (order.isCancelled()) {
            payments.lockSucceededOfOrder(change.orderId()).ifPresent(payment -> {
                LOG.warning(() -> OrderTrail.of(change) + ": order cancelled after payment " + payment.id()
                        + " succeeded: refunding it");
                payment.requestRefund();
            });
        }
    }

    /** An admin asks for a SUCCEEDED payment's money back; anything else is a 409. */
    @Transactional
    public Payment requestRefund(long paymentId) {
        Payment payment =
                payments.lockById(paymentId).orElseThrow(() -> new ResourceNotFoundException("Payment", paymentId));
        if (payment.status() != PaymentStatus.SUCCEEDED) {
            throw new ConflictException(
                    "Payment " + paymentId + " is " + payment.status() + "; only a SUCCEEDED payment is refunded");
        }
        payment.requestRefund();
        return payment;
    }

    /** The gateway gave the money back; a payment refunded already stays as it is. */
    @Transactional
    public Payment refunded(long paymentId) {
        Payment payment = payments.lockById(paymentId).orElseThrow();
        if (payment.status() == PaymentStatus.REFUNDING) {
            payment.refunded();
            announce(payment);
        }
        return payment;
    }

    /** Payments waiting for the gateway: PENDING since before the cutoff, and every one REFUNDING. */
    @Transactional
    public List<Payment> unfinished(Instant pendingCutoff, int limit) {
        return payments.lockUnfinishedBefore(pendingCutoff, limit);
    }

    private void announce(Payment payment) {
        counted.fire(Counted.of("payments", "status", payment.status()));
        String status = payment.status().name();
        outbox.enqueue(PaymentStatusChanged.of(
                payment.id(), payment.orderId(), status, payment.amount(), payment.correlationId()));
        outbox.enqueue(PaymentNotificationRaised.of(
                payment.id(),
                payment.orderId(),
                payment.userId(),
                payment.userEmail(),
                payment.userName(),
                status,
                payment.amount(),
                payment.cardLast4(),
                payment.correlationId()));
    }
}
