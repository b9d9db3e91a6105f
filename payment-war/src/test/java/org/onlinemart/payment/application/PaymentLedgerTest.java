package org.onlinemart.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.OrderStatusChanged;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.commons.events.PaymentStatusChanged;
import org.onlinemart.commons.metrics.Counted;
import org.onlinemart.commons.outbox.RecordingOutbox;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.commons.testing.RecordedEvents;
import org.onlinemart.payment.application.PaymentGateway.Charge;
import org.onlinemart.payment.domain.Payment;
import org.onlinemart.payment.domain.PaymentStatus;

/** The ledger's rules over in-memory tables and a recording outbox. */
class PaymentLedgerTest {

    private static final UUID CORRELATION = UUID.fromString("5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b");
    private static final Payer PAT = new Payer(7, "pat@example.org", "Pat");

    private final InMemoryPayments payments = new InMemoryPayments();
    private final InMemoryPayableOrders orders = new InMemoryPayableOrders();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final List<Counted> counted = new ArrayList<>();
    private final PaymentLedger ledger = new PaymentLedger(payments, orders, outbox, new RecordedEvents<>(counted));

    private void orderIs(long orderId, String status) {
        ledger.follow(OrderStatusChanged.of(orderId, PAT.userId(), status, new BigDecimal("20.00"), CORRELATION));
    }

    private Payment opened(long orderId) {
        return ledger.open(PAT, orderId, "4242", null).payment();
    }

    @Test
    void aConfirmedOrderIsOpenedPendingForItsOwnAmountAndAnnouncedAsInProgress() {
        orderIs(3, "CONFIRMED");

        Payment payment = opened(3);

        assertEquals(PaymentStatus.PENDING, payment.status());
        assertEquals(new BigDecimal("20.00"), payment.amount());
        assertEquals("PENDING", outbox.all(PaymentStatusChanged.class).get(0).status());
    }

    @Test
    void anOrderPaymentHasNotHeardOfIsAConflictAndSomeoneElsesIsNotFound() {
        var unknown = assertThrows(ConflictException.class, () -> opened(3));
        assertTrue(unknown.getMessage().contains("not known to payment yet"), unknown.getMessage());

        orderIs(3, "CONFIRMED");
        var other = new Payer(8, "bob@example.org", "Bob");
        assertThrows(ResourceNotFoundException.class, () -> ledger.open(other, 3, "4242", null));
    }

    @Test
    void onlyAConfirmedOrderWithoutALivePaymentIsOpened() {
        orderIs(3, "PENDING");
        assertThrows(ConflictException.class, () -> opened(3));

        orderIs(3, "CONFIRMED");
        opened(3);
        assertThrows(ConflictException.class, () -> opened(3));
    }

    @Test
    void aRepeatedIdempotencyKeyFindsThePaymentItMade() {
        orderIs(3, "CONFIRMED");
        var first = ledger.open(PAT, 3, "4242", "key-1");

        var again = ledger.open(PAT, 3, "1111", "key-1");

        assertTrue(first.isNew());
        assertFalse(again.isNew());
        assertEquals(first.payment().id(), again.payment().id());
    }

    @Test
    void anApprovedChargeSucceedsAndTellsOrderAndCustomer() {
        orderIs(3, "CONFIRMED");
        Payment payment = opened(3);

        ledger.finish(payment.id(), Charge.approvedCharge());

        assertEquals(PaymentStatus.SUCCEEDED, payment.status());
        assertEquals(List.of("PENDING", "SUCCEEDED"), statuses());
        var told = outbox.all(PaymentNotificationRaised.class).get(0);
        assertEquals("pat@example.org", told.userEmail());
        assertEquals(7, told.userId());
        assertEquals("4242", told.cardLast4());
        assertEquals(CORRELATION, told.correlationId());
        assertEquals(
                List.of(CORRELATION, CORRELATION),
                outbox.all(PaymentStatusChanged.class).stream()
                        .map(PaymentStatusChanged::correlationId)
                        .toList(),
                "PENDING and SUCCEEDED carry the order's correlation id");
    }

    @Test
    void anOrderStatusWithoutCorrelationIdKeepsTheOneKnown() {
        orderIs(3, "PENDING");
        ledger.follow(OrderStatusChanged.of(3, PAT.userId(), "CONFIRMED", new BigDecimal("20.00"), null));

        assertEquals(CORRELATION, opened(3).correlationId());
    }

    @Test
    void aDeclinedChargeFailsWithItsReasonAndAnotherPaymentMayFollow() {
        orderIs(3, "CONFIRMED");
        Payment payment = opened(3);

        ledger.finish(payment.id(), Charge.declined("insufficient funds"));

        assertEquals(PaymentStatus.FAILED, payment.status());
        assertEquals("insufficient funds", payment.failureReason());
        assertEquals(PaymentStatus.PENDING, opened(3).status());
    }

    @Test
    void aPaymentResolvedAlreadyIsNotChangedByALateAnswer() {
        orderIs(3, "CONFIRMED");
        Payment payment = opened(3);
        ledger.finish(payment.id(), Charge.declined("declined"));

        ledger.finish(payment.id(), Charge.approvedCharge());

        assertEquals(PaymentStatus.FAILED, payment.status());
    }

    @Test
    void aChargeThatSucceedsForAnOrderCancelledMeanwhileIsToBeRefunded() {
        orderIs(3, "CONFIRMED");
        Payment payment = opened(3);
        orderIs(3, "CANCELLED");

        ledger.finish(payment.id(), Charge.approvedCharge());

        assertEquals(PaymentStatus.REFUNDING, payment.status());
    }

    @Test
    void anOrderCancelledAfterItsPaymentSucceededHasItsPaymentRefunded() {
        orderIs(3, "CONFIRMED");
        Payment payment = opened(3);
        ledger.finish(payment.id(), Charge.approvedCharge());

        orderIs(3, "CANCELLED");

        assertEquals(PaymentStatus.REFUNDING, payment.status());
    }

    @Test
    void onlyASucceededPaymentIsRefundedAndOnlyOnce() {
        orderIs(3, "CONFIRMED");
        Payment payment = opened(3);
        assertThrows(ConflictException.class, () -> ledger.requestRefund(payment.id()));
        ledger.finish(payment.id(), Charge.approvedCharge());

        ledger.requestRefund(payment.id());
        ledger.refunded(payment.id());

        assertEquals(PaymentStatus.REFUNDED, payment.status());
        assertThrows(ConflictException.class, () -> ledger.requestRefund(payment.id()));
        assertThrows(ResourceNotFoundException.class, () -> ledger.requestRefund(99));
        assertEquals(List.of("PENDING", "SUCCEEDED", "REFUNDED"), statuses());
        assertEquals(
                List.of(
                        Counted.of("payments", "status", PaymentStatus.SUCCEEDED),
                        Counted.of("payments", "status", PaymentStatus.REFUNDED)),
                counted);
    }

    @Test
    void recoveryFinishesWhatTheGatewayDidAndRefundsWhatIsToBeRefunded() {
        orderIs(3, "CONFIRMED");
        orderIs(4, "CONFIRMED");
        orderIs(5, "CONFIRMED");
        Payment charged = opened(3);
        Payment neverSent = opened(4);
        Payment toRefund = opened(5);
        ledger.finish(toRefund.id(), Charge.approvedCharge());
        ledger.requestRefund(toRefund.id());
        var gateway = new RememberingGateway();
        gateway.charges.put(charged.gatewayReference(), Charge.approvedCharge());
        var later = Clock.offset(Clock.systemUTC(), PaymentRecovery.PENDING_FOR.plusSeconds(1));

        int finished = new PaymentRecovery(ledger, gateway, later).finishUnfinished();

        assertEquals(3, finished);
        assertEquals(PaymentStatus.SUCCEEDED, charged.status());
        assertEquals(PaymentStatus.FAILED, neverSent.status());
        assertTrue(neverSent.failureReason().contains("never reached the gateway"), neverSent.failureReason());
        assertEquals(PaymentStatus.REFUNDED, toRefund.status());
        assertEquals(List.of(toRefund.gatewayReference()), gateway.refunded);
    }

    private List<String> statuses() {
        return outbox.all(PaymentStatusChanged.class).stream()
                .map(PaymentStatusChanged::status)
                .toList();
    }

    /** Knows the charges the test tells it of, and records refunds. */
    private static final class RememberingGateway implements PaymentGateway {
        final Map<String, Charge> charges = new HashMap<>();
        final List<String> refunded = new ArrayList<>();

        @Override
        public Charge charge(String reference, BigDecimal amount, Card card) {
            throw new UnsupportedOperationException("recovery never charges");
        }

        @Override
        public Optional<Charge> chargeOf(String reference) {
            return Optional.ofNullable(charges.get(reference));
        }

        @Override
        public void refund(String reference) {
            refunded.add(reference);
        }
    }
}
