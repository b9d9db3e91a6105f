package org.onlinemart.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentTest {

    private static final PayableOrder ORDER = new PayableOrder(3, 7, "CONFIRMED", new BigDecimal("17.5"), null);

    private static Payment newPayment() {
        return new Payment(ORDER, "ann@example.org", "Ann", "4242", null);
    }

    @Test
    void aNewPaymentIsPendingForTheOrdersAmountAndOwner() {
        Payment payment = newPayment();

        assertEquals(PaymentStatus.PENDING, payment.status());
        assertEquals(new BigDecimal("17.50"), payment.amount());
        assertEquals(3, payment.orderId());
        assertTrue(payment.isOwnedBy(7));
        assertFalse(payment.isOwnedBy(8));
    }

    @Test
    void aSucceededPaymentIsRefundedOnceThroughRefunding() {
        Payment payment = newPayment();
        payment.succeed();
        payment.requestRefund();
        assertEquals(PaymentStatus.REFUNDING, payment.status());
        payment.refunded();

        assertEquals(PaymentStatus.REFUNDED, payment.status());
        assertThrows(IllegalStateException.class, payment::requestRefund);
    }

    @Test
    void aDeclinedPaymentStaysFailedWithItsReason() {
        Payment payment = newPayment();
        payment.fail("insufficient funds");

        assertThrows(IllegalStateException.class, payment::succeed);
        assertThrows(IllegalStateException.class, payment::requestRefund);
        assertEquals(PaymentStatus.FAILED, payment.status());
        assertEquals("insufficient funds", payment.failureReason());
    }

    @Test
    void aPendingPaymentCannotBeRefunded() {
        assertThrows(IllegalStateException.class, newPayment()::requestRefund);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424242", "424", "42a2", " 4242", ""})
    void onlyFourDigitsOfTheCardAreAccepted(String notLastFour) {
        assertThrows(IllegalArgumentException.class, () -> new Payment(ORDER, "a@b.c", "A", notLastFour, null));
    }

    @Test
    void theAmountMustBePositive() {
        var free = new PayableOrder(4, 7, "CONFIRMED", BigDecimal.ZERO, null);
        assertThrows(IllegalArgumentException.class, () -> new Payment(free, "a@b.c", "A", "4242", null));
    }

    @Test
    void onlyAConfirmedOrderAwaitsPayment() {
        assertTrue(ORDER.awaitsPayment());
        assertFalse(new PayableOrder(4, 7, "PAID", BigDecimal.TEN, null).awaitsPayment());
        assertTrue(new PayableOrder(4, 7, "CANCELLED", BigDecimal.TEN, null).isCancelled());
    }
}
