package it.onlinemart.order;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import it.onlinemart.DevStackControl;
import it.onlinemart.Service;
import it.onlinemart.messaging.ServiceMetrics;
import it.onlinemart.user.Accounts;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Inventory is down: ordering answers 503 with Retry-After within the reply timeout and keeps the cart; after
 * repeated failures the circuit breaker opens and the 503 comes at once; once inventory is back, the customer's
 * retry places the order and inventory confirms it.
 */
@MicroShedTest
class InventoryOutageIT {

    /** ORDER_REPLY_TIMEOUT_MS on the local stack, and what a 503 may take beyond it. */
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(3);

    private static final Duration MARGIN = Duration.ofSeconds(2);
    /** Clearly below the timeout: the answer did not wait for a reply. */
    private static final Duration AT_ONCE = Duration.ofMillis(1000);

    private static final String QUOTE = "org.onlinemart.order.infrastructure.messaging.KafkaCatalogQuotes.quote";

    @AfterAll
    static void inventoryRunsAgain() {
        DevStackControl.startService("inventory");
    }

    @Test
    void ordersAre503WhileInventoryIsDownFastOnceTheCircuitOpensAndPlacedOnceItIsBack() {
        var kettle = Shelf.stocked("24.99", 10);
        var ann = Accounts.newUser();
        var bob = Accounts.newUser();
        Carts.add(ann.token(), kettle.id(), 2).statusCode(200);
        Carts.add(bob.token(), kettle.id(), 1).statusCode(200);
        double openedBefore = circuitOpenings();
        double lateBefore = lateReplies();

        DevStackControl.stopService("inventory");
        try {
            boolean fastAnswer = false;
            for (int attempt = 1; attempt <= 12 && !fastAnswer; attempt++) {
                long started = System.nanoTime();
                unavailable(ann.token());
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertTrue(took.compareTo(REPLY_TIMEOUT.plus(MARGIN)) < 0, "503 after " + took);
                fastAnswer = took.compareTo(AT_ONCE) < 0;
            }
            assertTrue(fastAnswer, "the circuit never opened: every 503 waited for the timeout");
            assertTrue(circuitOpenings() > openedBefore, "ft_circuitbreaker_opened_total went up");
            assertEquals(List.of(2), Carts.viewed(ann.token()).getList("items.quantity"), "cart kept");
            assertEquals(0, Orders.countOf(ann.token()));
        } finally {
            DevStackControl.startService("inventory");
        }

        // back, inventory answers the requests that timed out; nobody waits for those answers any more
        await().atMost(Duration.ofSeconds(60)).until(InventoryOutageIT::lateReplies, greaterThan(lateBefore));

        // the circuit half-opens 5 s after it opened, and closes after two successes: Ann's and Bob's orders
        AtomicInteger unavailable = new AtomicInteger();
        ExtractableResponse<Response> placed = Orders.placeHonouringRetryAfter(
                ann.token(), UUID.randomUUID().toString(), Duration.ofSeconds(30), unavailable);
        assertEquals(201, placed.statusCode(), placed.asString());
        long orderId = placed.jsonPath().getLong("order_id");
        Orders.awaitStatus(ann.token(), orderId, "CONFIRMED");
        assertEquals(8, Orders.available(kettle.id()));
        assertEquals(
                201,
                Orders.placeHonouringRetryAfter(
                                bob.token(), UUID.randomUUID().toString(), Duration.ofSeconds(30), unavailable)
                        .statusCode());
    }

    /** POST /order answers 503 problem+json with a Retry-After. */
    private static void unavailable(String token) {
        Orders.problem(Orders.place(token), 503).header("Retry-After", not(emptyOrNullString()));
    }

    private static double lateReplies() {
        return ServiceMetrics.value(Service.ORDER, "order_replies_ignored_total", "reason", "late");
    }

    private static double circuitOpenings() {
        return ServiceMetrics.value(Service.ORDER, "ft_circuitbreaker_opened_total", "method", QUOTE);
    }
}
