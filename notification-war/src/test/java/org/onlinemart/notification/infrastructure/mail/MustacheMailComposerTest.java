package org.onlinemart.notification.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.events.PaymentNotificationRaised;
import org.onlinemart.notification.domain.Mail;

class MustacheMailComposerTest {

    private final MustacheMailComposer composer = new MustacheMailComposer();

    private static OrderNotificationRaised order(String status, String message) {
        return OrderNotificationRaised.of(
                41,
                7,
                "ann@example.org",
                "Ann & Bob",
                status,
                new BigDecimal("59.97"),
                List.of(
                        new OrderNotificationRaised.Item(3, "Tea <green>", 2, new BigDecimal("4.99")),
                        new OrderNotificationRaised.Item(5, "Kettle", 1, new BigDecimal("49.99"))),
                message,
                UUID.randomUUID());
    }

    @Test
    void aConfirmedOrderMailNamesTheOrderItsItemsAndTotalInBothParts() {
        Mail mail = composer.compose(order("CONFIRMED", "Your order 41 is confirmed. Please pay within 30 minutes."));

        assertEquals("ann@example.org", mail.recipient());
        assertEquals("Your order 41 is confirmed", mail.subject());
        assertTrue(mail.text().contains("Hello Ann & Bob,"), mail.text());
        assertTrue(mail.text().contains("Please pay within 30 minutes."), mail.text());
        assertTrue(mail.text().contains("Order 41: CONFIRMED"), mail.text());
        assertTrue(mail.text().contains("2 x Tea <green> at 4.99 = 9.98"), mail.text());
        assertTrue(mail.text().contains("1 x Kettle at 49.99 = 49.99"), mail.text());
        assertTrue(mail.text().contains("Total: 59.97"), mail.text());
        assertTrue(mail.html().contains("<h2>Order 41: CONFIRMED</h2>"), mail.html());
        assertTrue(mail.html().contains("<strong>59.97</strong>"), mail.html());
    }

    @Test
    void whatCustomersWroteIsEscapedInHtmlButNotInText() {
        Mail mail = composer.compose(order("CONFIRMED", "ok"));

        assertTrue(mail.html().contains("Tea &lt;green&gt;"), mail.html());
        assertTrue(mail.html().contains("Hello Ann &amp; Bob,"), mail.html());
        assertFalse(mail.html().contains("<green>"), mail.html());
        assertFalse(mail.text().contains("&amp;"), mail.text());
    }

    @Test
    void everyOrderStatusHasItsOwnSubject() {
        assertEquals(
                "We received your order 41",
                composer.compose(order("PENDING", "m")).subject());
        assertEquals(
                "Your order 41 could not be placed",
                composer.compose(order("REJECTED", "m")).subject());
        assertEquals(
                "Your order 41 is cancelled",
                composer.compose(order("CANCELLED", "m")).subject());
        assertEquals(
                "Your order 41 is refunded",
                composer.compose(order("REFUNDED", "m")).subject());
        assertEquals(
                "News about your order 41",
                composer.compose(order("SOMETHING_NEW", "m")).subject());
    }

    @Test
    void aPaymentReceiptShowsTheAmountAndOnlyTheCardsLastFourDigits() {
        Mail mail = composer.compose(PaymentNotificationRaised.of(
                9, 41, 7, "ann@example.org", "Ann", "SUCCEEDED", new BigDecimal("59.97"), "4242", UUID.randomUUID()));

        assertEquals("Receipt for order 41: payment received", mail.subject());
        assertTrue(mail.text().contains("We received your payment of 59.97 for order 41."), mail.text());
        assertTrue(mail.text().contains("Card: ending in 4242"), mail.text());
        assertTrue(mail.html().contains("ending in 4242"), mail.html());
    }

    @Test
    void aFailedPaymentAndARefundSayWhatHappened() {
        Mail failed = composer.compose(PaymentNotificationRaised.of(
                9, 41, 7, "ann@example.org", "Ann", "FAILED", new BigDecimal("59.97"), "0002", UUID.randomUUID()));
        Mail refunded = composer.compose(PaymentNotificationRaised.of(
                9, 41, 7, "ann@example.org", "Ann", "REFUNDED", new BigDecimal("59.97"), "4242", UUID.randomUUID()));

        assertEquals("Your payment for order 41 failed", failed.subject());
        assertTrue(failed.text().contains("did not go through; nothing was charged"), failed.text());
        assertEquals("Refund for order 41", refunded.subject());
        assertTrue(refunded.text().contains("We refunded 59.97 for order 41 to your card."), refunded.text());
    }
}
