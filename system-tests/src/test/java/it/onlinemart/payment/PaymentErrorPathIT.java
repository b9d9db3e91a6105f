package it.onlinemart.payment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Every way a payment request can be wrong answers with a problem naming what is wrong, and charges nothing. */
@MicroShedTest
class PaymentErrorPathIT {

    private static Accounts.Account pat;
    private static long patsOrder;

    @BeforeAll
    static void aCustomerWithAConfirmedOrder() {
        pat = Accounts.newUser();
        patsOrder = Orders.bought(pat.token(), Shelf.stocked("1.00", 100).id(), 1);
    }

    private static ValidatableResponse problem(ValidatableResponse answer, int status) {
        return answer.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body(not(containsString("Exception")));
    }

    private static ValidatableResponse payWith(String field, Object value) {
        Map<String, Object> request = new HashMap<>(Payments.request(patsOrder, Payments.GOOD_CARD));
        request.put(field, value);
        return Payments.pay(pat.token(), request, null);
    }

    @Test
    void aBadCardNumberIsA400NamingItWithoutRepeatingIt() {
        for (String bad : List.of("4242-4242-4242-4242", "42424242424", "42424242424242424242", "4242424242424241")) {
            problem(payWith("card_number", bad), 400)
                    .body("errors.field", equalTo(List.of("card_number")))
                    .body(not(containsString(bad)));
        }
    }

    @Test
    void anExpiredCardIsA400NamingTheExpiry() {
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        Map<String, Object> request = new HashMap<>(Payments.request(patsOrder, Payments.GOOD_CARD));
        request.put("exp_year", lastMonth.getYear());
        request.put("exp_month", lastMonth.getMonthValue());

        problem(Payments.pay(pat.token(), request, null), 400)
                .body("errors[0].field", startsWith("exp_"))
                .body("errors[0].message", containsString("expired"));
        problem(payWith("exp_year", Year.now().getValue() - 1), 400).body("errors.field", equalTo(List.of("exp_year")));
        problem(payWith("exp_month", 13), 400).body("errors.field", equalTo(List.of("exp_month")));
    }

    @Test
    void aBadCvcOrAMissingOrderIsA400NamingIt() {
        problem(payWith("cvc", "12"), 400).body("errors.field", equalTo(List.of("cvc")));
        problem(payWith("cvc", "12a4"), 400).body("errors.field", equalTo(List.of("cvc")));
        Map<String, Object> noOrder = new HashMap<>(Payments.request(patsOrder, Payments.GOOD_CARD));
        noOrder.remove("order_id");
        problem(Payments.pay(pat.token(), noOrder, null), 400).body("errors.field", equalTo(List.of("order_id")));
    }

    @Test
    void someoneElsesOrderIs404AndAnOrderPaymentHasNotHeardOfIs409() {
        problem(Payments.pay(Accounts.newUser().token(), Payments.request(patsOrder, Payments.GOOD_CARD), null), 404);
        problem(Payments.pay(pat.token(), Payments.request(Long.MAX_VALUE, Payments.GOOD_CARD), null), 409)
                .body("detail", containsString("not known to payment yet"));
    }

    @Test
    void aPaidOrderIsA409() {
        long order = Orders.bought(pat.token(), Shelf.stocked("1.00", 10).id(), 1);
        Payments.payWhenKnown(pat.token(), order, Payments.GOOD_CARD).statusCode(201);

        problem(Payments.pay(pat.token(), Payments.request(order, Payments.GOOD_CARD), null), 409);
    }

    @Test
    void refundsAreForSucceededPaymentsThatExist() {
        problem(
                Service.PAYMENT
                        .request(Accounts.adminToken())
                        .body(Map.of("payment_id", Long.MAX_VALUE))
                        .post("/refunds")
                        .then(),
                404);
        problem(
                        Service.PAYMENT
                                .request(Accounts.adminToken())
                                .body(Map.of())
                                .post("/refunds")
                                .then(),
                        400)
                .body("errors.field", equalTo(List.of("payment_id")));
    }
}
