package it.onlinemart.payment;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Customers read their own payments only, and of a card never more than its last four digits. */
@MicroShedTest
class PaymentReadingIT {

    private static ValidatableResponse notFound(ValidatableResponse response) {
        return response.statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void theOwnerReadsTheirPaymentWithTheCardsLastFourDigitsOnly() throws Exception {
        var ann = Accounts.newUser();
        var payment = StoredPayments.store(ann.userId(), new BigDecimal("17.50"), "4242");

        var json = Service.PAYMENT
                .request(ann.token())
                .get("/payments/{id}", payment.paymentId())
                .then()
                .statusCode(200)
                .body("$", aMapWithSize(5))
                .body("payment_id", equalTo((int) payment.paymentId()))
                .body("order_id", equalTo(payment.orderId()))
                .body("status", equalTo("SUCCEEDED"))
                .body("card_last4", equalTo("4242"))
                .extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

        assertEquals(new BigDecimal("17.50"), json.get("amount"));
    }

    @Test
    void anotherUsersPaymentIs404() throws Exception {
        var annsPayment = StoredPayments.store(Accounts.newUser().userId(), BigDecimal.TEN, "0005");
        var bob = Accounts.newUser();

        notFound(Service.PAYMENT
                .request(bob.token())
                .get("/payments/{id}", annsPayment.paymentId())
                .then());
        notFound(Service.PAYMENT.request(bob.token()).get("/payments/1").then());
    }

    @Test
    void aPaymentIdThatIsNotANumberIs404() {
        notFound(Service.PAYMENT
                .request(Accounts.newUser().token())
                .get("/payments/abc")
                .then());
    }
}
