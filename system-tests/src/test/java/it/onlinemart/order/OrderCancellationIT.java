package it.onlinemart.order;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.onlinemart.Service;
import it.onlinemart.inventory.Stock;
import it.onlinemart.messaging.ServiceMetrics;
import it.onlinemart.user.Accounts;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A cancelled order, by its customer or for want of payment, gives its reserved stock back exactly once. */
@MicroShedTest
class OrderCancellationIT {

    /** Longer than one run of the unpaid-orders job (every 10 s), which must not release a cancelled order again. */
    private static final Duration STEADY = Duration.ofSeconds(12);

    @Test
    void aCancelledConfirmedOrderGivesItsStockBackOnce() {
        var kettle = Shelf.stocked("24.99", 10);
        String ann = Accounts.newUser().token();
        long orderId = Orders.bought(ann, kettle.id(), 4);
        assertEquals(6, Orders.available(kettle.id()));

        Orders.cancel(ann, orderId).statusCode(200).body("status", equalTo("CANCELLED"));

        Orders.read(ann, orderId).statusCode(200).body("status", equalTo("CANCELLED"));
        Orders.awaitAvailable(kettle.id(), 10);
        // a stock-in after the release adds exactly its units, and nothing is given back again later
        assertEquals(15, stockIn(kettle.id(), 5));
        assertAvailableStays(kettle.id(), 15);
    }

    /** Inventory is quick: the order may be PENDING or already CONFIRMED when cancelled; either way it ends so. */
    @Test
    void anOrderCancelledRightAfterItWasPlacedStaysCancelledWithItsStockBack() {
        var kettle = Shelf.stocked("24.99", 10);
        String ann = Accounts.newUser().token();
        Carts.add(ann, kettle.id(), 3).statusCode(200);
        long orderId = Orders.created(Orders.place(ann)).getLong("order_id");

        Orders.cancel(ann, orderId).statusCode(200).body("status", equalTo("CANCELLED"));

        assertAvailableStays(kettle.id(), 10);
        Orders.read(ann, orderId).statusCode(200).body("status", equalTo("CANCELLED"));
    }

    /**
     * The payment grace period is 30 minutes on the test stack too, and a test cannot wait that long: the
     * order's confirmation time (updated_at) is moved 31 minutes back in the order service's database instead,
     * which is what the job compares with the grace period. The job itself, its query, its cancel and the
     * release then run exactly as they would half an hour later.
     */
    @Test
    void aConfirmedOrderUnpaidPastTheGracePeriodIsCancelledAndItsStockReleased() throws SQLException {
        var kettle = Shelf.stocked("24.99", 10);
        String ann = Accounts.newUser().token();
        long expiring = Orders.bought(ann, kettle.id(), 3);
        long withinGrace = Orders.bought(ann, kettle.id(), 2);
        assertEquals(5, Orders.available(kettle.id()));

        double cancelledBefore = unpaidCancelled();
        // in this order: the job run that cancels the first has also seen the second
        Orders.confirmedMinutesAgo(withinGrace, 29);
        Orders.confirmedMinutesAgo(expiring, 31);

        Orders.awaitStatus(ann, expiring, "CANCELLED");
        Orders.awaitAvailable(kettle.id(), 8);
        Orders.read(ann, withinGrace).statusCode(200).body("status", equalTo("CONFIRMED"));
        assertTrue(unpaidCancelled() > cancelledBefore, "order_unpaid_cancelled_total went up");
        assertAvailableStays(kettle.id(), 8);
    }

    private static double unpaidCancelled() {
        return ServiceMetrics.value(Service.ORDER, "order_unpaid_cancelled_total", "mp_scope", "application");
    }

    private static void assertAvailableStays(long productId, int units) {
        await().during(STEADY)
                .atMost(STEADY.plus(Orders.SAGA))
                .untilAsserted(() -> assertEquals(units, Orders.available(productId), "available"));
    }

    /** Stocks units in as the admin; available after. */
    private static int stockIn(long productId, int units) {
        return Service.INVENTORY
                .request(Accounts.adminToken())
                .body(Stock.stockInBody(productId, Stock.warehouse(), Stock.supplier(), units))
                .post("/stockin")
                .then()
                .statusCode(201)
                .extract()
                .path("available");
    }
}
