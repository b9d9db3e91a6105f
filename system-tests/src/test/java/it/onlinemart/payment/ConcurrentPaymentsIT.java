package it.onlinemart.payment;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.onlinemart.Service;
import it.onlinemart.order.AllAtOnce;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** However many payments for one order arrive at once, the order is charged once. */
@MicroShedTest
class ConcurrentPaymentsIT {

    @Test
    void twentyPaymentsForOneOrderAtOnceGiveExactlyOneSucceededAndConflictsForTheRest() throws Exception {
        var tea = Shelf.stocked("5.00", 10);
        var pat = Accounts.newUser();
        long orderId = Orders.bought(pat.token(), tea.id(), 1);
        // once payment knows the order, a declined card proves it without paying it
        Payments.payWhenKnown(pat.token(), orderId, Payments.DECLINED_CARD).statusCode(402);

        List<Callable<Integer>> payments = IntStream.range(0, 20)
                .mapToObj(i -> (Callable<Integer>) () -> Payments.pay(
                                pat.token(),
                                Payments.request(orderId, Payments.GOOD_CARD),
                                UUID.randomUUID().toString())
                        .extract()
                        .statusCode())
                .toList();
        List<Integer> statuses = AllAtOnce.call(payments);

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        Orders.awaitStatus(pat.token(), orderId, "PAID");
        List<String> recorded = Service.PAYMENT
                .request(pat.token())
                .get("/payments")
                .then()
                .body("total", equalTo(2))
                .extract()
                .jsonPath()
                .getList("items.status");
        assertEquals(List.of("SUCCEEDED", "FAILED"), recorded);
    }
}
