package it.onlinemart.payment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.config.JsonPathConfig;
import it.onlinemart.Service;
import it.onlinemart.messaging.ServiceMetrics;
import it.onlinemart.notification.Mailbox;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The original README's workflow to its end: a confirmed order is paid, receipted, and refunded. */
@MicroShedTest
class PaymentWorkflowIT {

    private static final JsonPathConfig EXACT_MONEY = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private static Accounts.Account customer() {
        return Accounts.register("Pat Payer", Accounts.uniqueEmail("pat"), "Pw-" + UUID.randomUUID());
    }

    @Test
    void payingAConfirmedOrderWithAGoodCardMakesItPaidAndMailsAReceipt() {
        var kettle = Shelf.stocked("24.99", 10);
        var pat = customer();
        long orderId = Orders.bought(pat.token(), kettle.id(), 2);
        double succeededBefore = succeeded();

        var answer = Payments.payWhenKnown(pat.token(), orderId, Payments.GOOD_CARD)
                .statusCode(201)
                .body("order_id", equalTo((int) orderId))
                .body("status", equalTo("SUCCEEDED"))
                .body("card_last4", equalTo("4242"));
        long paymentId = answer.extract().jsonPath().getLong("payment_id");
        answer.header("Location", endsWith("/payments/" + paymentId));
        assertEquals(
                new BigDecimal("49.98"), answer.extract().jsonPath(EXACT_MONEY).get("amount"));

        Orders.awaitStatus(pat.token(), orderId, "PAID");
        var receipt = Mailbox.awaitMail(pat.email(), "Receipt for order " + orderId + ": payment received");
        assertTrue(
                receipt.source().contains("We received your payment of 49.98 for order " + orderId), receipt.source());
        assertTrue(receipt.source().contains("ending in 4242"), receipt.source());
        Service.PAYMENT
                .request(pat.token())
                .get("/payments/{id}", paymentId)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUCCEEDED"));
        Service.PAYMENT
                .request(pat.token())
                .get("/payments")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].payment_id", equalTo((int) paymentId));
        assertTrue(succeeded() >= succeededBefore + 1, "payments_total{status=SUCCEEDED} counts it");
    }

    private static double succeeded() {
        return ServiceMetrics.value(Service.PAYMENT, "payments_total", "status", "SUCCEEDED");
    }

    @Test
    void aDeclinedCardIsA402TheOrderStaysConfirmedAndAnotherCardCanPay() {
        var cup = Shelf.stocked("3.50", 10);
        var pat = customer();
        long orderId = Orders.bought(pat.token(), cup.id(), 1);

        long declined = Payments.payWhenKnown(pat.token(), orderId, Payments.DECLINED_CARD)
                .statusCode(402)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("declined"))
                .extract()
                .jsonPath()
                .getLong("payment_id");
        Service.PAYMENT
                .request(pat.token())
                .get("/payments/{id}", declined)
                .then()
                .body("status", equalTo("FAILED"))
                .body("card_last4", equalTo("0002"));
        Mailbox.awaitMail(pat.email(), "Your payment for order " + orderId + " failed");
        Orders.read(pat.token(), orderId).body("status", equalTo("CONFIRMED"));
        Payments.pay(pat.token(), Payments.request(orderId, Payments.NO_FUNDS_CARD), null)
                .statusCode(402)
                .body("detail", containsString("insufficient funds"));

        Payments.pay(pat.token(), Payments.request(orderId, Payments.GOOD_CARD), null)
                .statusCode(201);

        Orders.awaitStatus(pat.token(), orderId, "PAID");
    }

    @Test
    void aRefundMakesTheOrderRefundedGivesTheStockBackAndMailsTheCustomerOnce() {
        var pan = Shelf.stocked("12.00", 10);
        var pat = customer();
        long orderId = Orders.bought(pat.token(), pan.id(), 3);
        long paymentId = Payments.payWhenKnown(pat.token(), orderId, Payments.GOOD_CARD)
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("payment_id");
        Orders.awaitStatus(pat.token(), orderId, "PAID");
        assertEquals(7, Orders.available(pan.id()));

        Service.PAYMENT
                .request(Accounts.adminToken())
                .body(Map.of("payment_id", paymentId))
                .post("/refunds")
                .then()
                .statusCode(200)
                .body("status", equalTo("REFUNDED"));

        Orders.awaitStatus(pat.token(), orderId, "REFUNDED");
        org.awaitility.Awaitility.await()
                .atMost(Payments.SETTLE)
                .untilAsserted(() -> assertEquals(10, Orders.available(pan.id())));
        var refund = Mailbox.awaitMail(pat.email(), "Refund for order " + orderId);
        assertTrue(refund.source().contains("We refunded 36.00 for order " + orderId), refund.source());
        Service.PAYMENT
                .request(Accounts.adminToken())
                .body(Map.of("payment_id", paymentId))
                .post("/refunds")
                .then()
                .statusCode(409)
                .body("detail", containsString("REFUNDED"));
        Service.PAYMENT
                .request(Accounts.adminToken())
                .get("/payments")
                .then()
                .statusCode(200)
                .body("items.payment_id", hasItem((int) paymentId));
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstPaymentAndChargesOnce() {
        var tea = Shelf.stocked("2.00", 10);
        var pat = customer();
        long orderId = Orders.bought(pat.token(), tea.id(), 1);
        Payments.payWhenKnown(pat.token(), orderId, Payments.DECLINED_CARD).statusCode(402);
        String key = UUID.randomUUID().toString();

        long first = Payments.pay(pat.token(), Payments.request(orderId, Payments.GOOD_CARD), key)
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("payment_id");
        long again = Payments.pay(pat.token(), Payments.request(orderId, Payments.GOOD_CARD), key)
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("payment_id");

        assertEquals(first, again);
        Service.PAYMENT.request(pat.token()).get("/payments").then().body("total", equalTo(2));
    }
}
