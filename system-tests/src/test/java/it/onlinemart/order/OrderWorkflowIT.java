package it.onlinemart.order;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The original README's workflow as its users go through it: the admin stocks a product (steps 2-7), a new
 * customer registers (1), signs in, fills the cart (8) and orders (9); inventory reserves the stock, and the
 * customer is told on order_notification (10).
 */
@MicroShedTest
class OrderWorkflowIT {

    @Test
    void aNewCustomerOrdersAndTheOrderIsConfirmedTheStockTakenAndTheCustomerNotified() {
        var kettle = Shelf.stocked("24.99", 40);
        var ann = Accounts.register("Ann Buyer", Accounts.uniqueEmail("ann"), "Pw-" + UUID.randomUUID());
        Carts.add(ann.token(), kettle.id(), 3).statusCode(200);
        assertEquals(new BigDecimal("74.97"), Carts.viewed(ann.token()).get("total_price"));

        try (OrderNotifications notifications = new OrderNotifications()) {
            ValidatableResponse answer = Orders.place(ann.token());
            JsonPath order = Orders.created(answer);
            long orderId = order.getLong("order_id");
            answer.header("Location", endsWith("/orders/" + orderId));
            assertEquals(new BigDecimal("74.97"), order.get("total_price"));
            assertEquals(List.of(kettle.name()), order.getList("items.product_name"));
            assertEquals(new BigDecimal("24.99"), order.get("items[0].unit_price"));
            assertEquals(3, order.getInt("items[0].quantity"));

            Orders.awaitStatus(ann.token(), orderId, "CONFIRMED");
            assertEquals(37, Orders.available(kettle.id()));
            assertEquals(List.of(), Carts.viewed(ann.token()).getList("items"));
            Service.ORDER
                    .request(ann.token())
                    .get(answer.extract().header("Location"))
                    .then()
                    .statusCode(200)
                    .body("order_id", equalTo((int) orderId));

            for (JsonPath told : notifications.awaitStatuses(orderId, "PENDING", "CONFIRMED")) {
                assertEquals(ann.email(), told.getString("user_email"));
                assertEquals("Ann Buyer", told.getString("user_name"));
                assertEquals(ann.userId(), told.getLong("user_id"));
                assertEquals(new BigDecimal("74.97"), told.get("total_price"));
                assertEquals(List.of(3), told.getList("items.quantity"));
            }
        }
    }

    @Test
    void theOriginalCreateOrderPathPlacesOrdersTheSameWay() {
        var cup = Shelf.stocked("3.50", 10);
        var bob = Accounts.newUser();
        Carts.add(bob.token(), cup.id(), 2).statusCode(200);

        ValidatableResponse answer = Orders.createOrder(bob.token());
        JsonPath order = Orders.created(answer);
        long orderId = order.getLong("order_id");
        answer.header("Location", endsWith("/orders/" + orderId));
        assertEquals(new BigDecimal("7.00"), order.get("total_price"));

        Orders.awaitStatus(bob.token(), orderId, "CONFIRMED");
        assertEquals(8, Orders.available(cup.id()));
        assertEquals(List.of(), Carts.viewed(bob.token()).getList("items"));
    }
}
