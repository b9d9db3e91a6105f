package it.onlinemart.order;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import it.onlinemart.user.Accounts;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A client that repeats POST /order with its Idempotency-Key, after a lost answer say, gets one order. */
@MicroShedTest
class IdempotencyKeyIT {

    @Test
    void theSameKeyTwiceInARowGetsTheSameOrderAndTakesTheStockOnce() {
        var kettle = Shelf.stocked("24.99", 10);
        String ann = Accounts.newUser().token();
        Carts.add(ann, kettle.id(), 2).statusCode(200);
        String key = UUID.randomUUID().toString();

        ValidatableResponse first = Orders.place(ann, key).statusCode(201);
        ValidatableResponse again = Orders.place(ann, key).statusCode(201);

        long orderId = Orders.json(first).getLong("order_id");
        again.header("Location", equalTo(first.extract().header("Location")));
        Orders.awaitStatus(ann, orderId, "CONFIRMED");
        assertEquals(1, Orders.countOf(ann));
        assertEquals(8, Orders.available(kettle.id()));
        // the same order as it stands now: the saga may have confirmed it between the two requests
        JsonPath placed = Orders.json(first);
        JsonPath repeated = Orders.json(again);
        for (String field : List.of("order_id", "total_price", "items", "created_at")) {
            assertEquals(placed.getString(field), repeated.getString(field), field + " of the repeat");
        }
    }

    /**
     * Five requests with one key at once: one places the order; each of the others must either answer with that
     * order or be a 409 telling the client to repeat, and never place another.
     */
    @Test
    void theSameKeyFromConcurrentRequestsPlacesOneOrder() throws Exception {
        var kettle = Shelf.stocked("24.99", 10);
        String ann = Accounts.newUser().token();
        Carts.add(ann, kettle.id(), 2).statusCode(200);
        String key = UUID.randomUUID().toString();
        Callable<ExtractableResponse<Response>> order =
                () -> Orders.place(ann, key).extract();

        List<ExtractableResponse<Response>> answers = AllAtOnce.call(Collections.nCopies(5, order));

        System.out.println("Five requests with one Idempotency-Key at once answered "
                + answers.stream().map(ExtractableResponse::statusCode).toList());
        answers.forEach(answer -> assertTrue(
                answer.statusCode() == 201 || answer.statusCode() == 409,
                answer.statusCode() + " " + answer.asString()));
        List<Long> placed = answers.stream()
                .filter(answer -> answer.statusCode() == 201)
                .map(answer -> answer.jsonPath().getLong("order_id"))
                .distinct()
                .toList();
        assertEquals(1, placed.size(), "one order id among the 201 answers");
        Orders.awaitStatus(ann, placed.get(0), "CONFIRMED");
        assertEquals(1, Orders.countOf(ann));
        assertEquals(8, Orders.available(kettle.id()));
    }

    @Test
    void theSameKeyFromAnotherCustomerPlacesTheirOwnOrder() {
        var kettle = Shelf.stocked("24.99", 10);
        String key = UUID.randomUUID().toString();
        String ann = Accounts.newUser().token();
        String bob = Accounts.newUser().token();
        Carts.add(ann, kettle.id(), 1).statusCode(200);
        Carts.add(bob, kettle.id(), 2).statusCode(200);

        long annsOrder = Orders.created(Orders.place(ann, key)).getLong("order_id");
        long bobsOrder = Orders.created(Orders.place(bob, key)).getLong("order_id");

        assertNotEquals(annsOrder, bobsOrder);
        Orders.awaitStatus(ann, annsOrder, "CONFIRMED");
        Orders.awaitStatus(bob, bobsOrder, "CONFIRMED");
        Orders.read(bob, bobsOrder).body("items[0].quantity", equalTo(2));
        assertEquals(7, Orders.available(kettle.id()));
    }
}
