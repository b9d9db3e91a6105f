package it.onlinemart.order;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Customers read their own orders only; admins read everyone's through /all-orders. */
@MicroShedTest
class OrderReadingIT {

    private static final JsonPathConfig EXACT_MONEY = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private static ValidatableResponse notFound(ValidatableResponse response) {
        return response.statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void aNewUsersOrderListIsAnEmptyPage() {
        Service.ORDER
                .request(Accounts.newUser().token())
                .get("/orders")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", equalTo(0));
    }

    @Test
    void theOwnerReadsTheirOrderWithItsLinesAndPricesInCents() throws Exception {
        var ann = Accounts.newUser();
        long orderId = StoredOrders.store(
                ann.userId(),
                Instant.now(),
                List.of(
                        new StoredOrders.Line(9_000_000_001L, "Stored tea", new BigDecimal("2.50"), 3),
                        new StoredOrders.Line(9_000_000_002L, "Stored cup", new BigDecimal("10.00"), 1)));

        JsonPath order = Service.ORDER
                .request(ann.token())
                .get("/orders/{id}", orderId)
                .then()
                .statusCode(200)
                .body("order_id", equalTo((int) orderId))
                .body("status", equalTo("CONFIRMED"))
                .body("created_at", startsWith("20"))
                .extract()
                .jsonPath(EXACT_MONEY);

        assertEquals(new BigDecimal("17.50"), order.get("total_price"));
        assertEquals(List.of("Stored tea", "Stored cup"), order.getList("items.product_name"));
        assertEquals(new BigDecimal("2.50"), order.get("items[0].unit_price"));
        assertEquals(3, order.getInt("items[0].quantity"));
        assertEquals(new BigDecimal("7.50"), order.get("items[0].total_price"));
    }

    @Test
    void anotherUsersOrderIs404() throws Exception {
        long annsOrder = StoredOrders.store(Accounts.newUser().userId());
        var bob = Accounts.newUser();

        notFound(Service.ORDER
                .request(bob.token())
                .get("/orders/{id}", annsOrder)
                .then());
        notFound(Service.ORDER.request(bob.token()).get("/orders/1").then());
    }

    @Test
    void anAdminReadsOthersOrdersOnlyThroughAllOrders() throws Exception {
        long annsOrder = StoredOrders.store(Accounts.newUser().userId());

        notFound(Service.ORDER
                .request(Accounts.adminToken())
                .get("/orders/{id}", annsOrder)
                .then());
        Service.ORDER
                .request(Accounts.adminToken())
                .queryParam("size", 100)
                .get("/all-orders")
                .then()
                .statusCode(200)
                .body("items.order_id", hasItem((int) annsOrder));
    }

    @Test
    void theCallersOrdersComeNewestFirstAPageAtATime() throws Exception {
        var ann = Accounts.newUser();
        Instant now = Instant.now();
        long older = StoredOrders.store(
                ann.userId(),
                now.minus(2, ChronoUnit.HOURS),
                List.of(new StoredOrders.Line(9_000_000_003L, "Older", BigDecimal.ONE, 1)));
        long newer = StoredOrders.store(
                ann.userId(),
                now.minus(1, ChronoUnit.HOURS),
                List.of(new StoredOrders.Line(9_000_000_004L, "Newer", BigDecimal.ONE, 1)));
        StoredOrders.store(Accounts.newUser().userId()); // someone else's, never in Ann's list

        Service.ORDER
                .request(ann.token())
                .queryParam("size", 1)
                .get("/orders")
                .then()
                .statusCode(200)
                .body("items.order_id", equalTo(List.of((int) newer)))
                .body("total", equalTo(2));
        Service.ORDER
                .request(ann.token())
                .queryParam("page", 1)
                .queryParam("size", 1)
                .get("/orders")
                .then()
                .statusCode(200)
                .body("items.order_id", equalTo(List.of((int) older)))
                .body("page", equalTo(1));
    }

    @Test
    void aUserTokenOnAllOrdersIs403() {
        Service.ORDER
                .request(Accounts.newUser().token())
                .get("/all-orders")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
