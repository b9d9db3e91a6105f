package it.onlinemart.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.onlinemart.Traces;
import it.onlinemart.order.Orders;
import it.onlinemart.order.Shelf;
import it.onlinemart.user.Accounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A full card number appears in no response, no table, no log line and no Kafka event; no event has a CVC. */
@MicroShedTest
class CardNumbersStayPrivateIT {

    private static final String PAID_WITH = Payments.freshCardNumber();
    /** Well-formed but with a wrong check digit: refused before anything is recorded. */
    private static final String MISTYPED = PAID_WITH.substring(0, 15) + ((PAID_WITH.charAt(15) - '0' + 1) % 10);

    private static final List<String> RESPONSES = new ArrayList<>();

    @BeforeAll
    static void aCustomerMistypesThenPays() {
        var pat = Accounts.newUser();
        long orderId = Orders.bought(pat.token(), Shelf.stocked("9.00", 10).id(), 1);
        RESPONSES.add(Payments.pay(pat.token(), Payments.request(orderId, MISTYPED), null)
                .statusCode(400)
                .extract()
                .asString());
        RESPONSES.add(Payments.payWhenKnown(pat.token(), orderId, PAID_WITH)
                .statusCode(201)
                .extract()
                .asString());
        Orders.awaitStatus(pat.token(), orderId, "PAID");
    }

    @Test
    void noResponseContainsIt() {
        assertEquals(2, RESPONSES.size());
        RESPONSES.forEach(body -> {
            assertFalse(body.contains(PAID_WITH), body);
            assertFalse(body.contains(MISTYPED), body);
        });
    }

    @Test
    void noTableOfAnyServiceContainsItOrTheCvc() throws Exception {
        assertEquals(List.of(), Traces.tablesContaining(PAID_WITH));
        assertEquals(List.of(), Traces.tablesContaining(MISTYPED));
        assertEquals(List.of(), Traces.tablesContaining("\"cvc\""));
    }

    @Test
    void noServerLogContainsIt() throws Exception {
        assertEquals(List.of(), Traces.logsContaining(PAID_WITH));
        assertEquals(List.of(), Traces.logsContaining(MISTYPED));
    }

    @Test
    void noKafkaEventContainsItOrTheCvc() {
        assertEquals(
                List.of(),
                Traces.topicsWithEventsWhere(
                        event -> event.contains(PAID_WITH) || event.contains(MISTYPED) || event.contains("\"cvc\"")));
    }
}
