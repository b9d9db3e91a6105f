package org.onlinemart.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentTest {

    private static Payment newPayment() {
        return new Payment(3, 7, new BigDecimal("17.5"), "4242", null);
    }

    @Test
    void aNewPaymentIsPendingWithTheAmountInCents() {
        Payment payment = newPayment();

        assertEquals(PaymentStatus.PENDING, payment.status());
        assertEquals(new BigDecimal("17.50"), payment.amount());
    }

    @Test
    void aSucceededPaymentCanBeRefundedOnce() {
        Payment payment = newPayment();
        payment.succeed();
        payment.refund();

        assertEquals(PaymentStatus.REFUNDED, payment.status());
        assertThrows(IllegalStateException.class, payment::refund);
    }

    @Test
    void aDeclinedPaymentStaysFailed() {
        Payment payment = newPayment();
        payment.fail();

        assertThrows(IllegalStateException.class, payment::succeed);
        assertThrows(IllegalStateException.class, payment::refund);
        assertEquals(PaymentStatus.FAILED, payment.status());
    }

    @Test
    void aPendingPaymentCannotBeRefunded() {
        assertThrows(IllegalStateException.class, newPayment()::refund);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424242", "424", "42a2", " 4242", ""})
    void onlyFourDigitsOfTheCardAreAccepted(String notLastFour) {
        assertThrows(IllegalArgumentException.class, () -> new Payment(3, 7, BigDecimal.TEN, notLastFour, null));
    }

    @Test
    void theAmountMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Payment(3, 7, BigDecimal.ZERO, "4242", null));
    }
}
