package it.onlinemart.order;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import it.onlinemart.Service;
import it.onlinemart.inventory.Stock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Placing, reading and cancelling orders through the order service's API as the token's owner, and waiting for
 * the saga (DESIGN.md §5) to decide them. Money is read as BigDecimal.
 */
public final class Orders {

    /** Long enough for the saga's hops (outbox relays, Kafka, inventory) on a busy two-core machine. */
    static final Duration SAGA = Duration.ofSeconds(30);

    private static final JsonPathConfig EXACT_MONEY = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Orders() {}

    /** POST /order, without an Idempotency-Key. */
    public static ValidatableResponse place(String token) {
        return place(token, null);
    }

    /** POST /order with that Idempotency-Key (none if null). */
    static ValidatableResponse place(String token, String idempotencyKey) {
        return withKey(Service.ORDER.request(token), idempotencyKey)
                .post("/order")
                .then();
    }

    /**
     * POST /order as a well-behaved client does it: a 503 is repeated, with the same Idempotency-Key, once its
     * Retry-After has passed, for at most that long. Counts the 503 answers; the first other answer.
     */
    static ExtractableResponse<Response> placeHonouringRetryAfter(
            String token, String idempotencyKey, Duration bound, AtomicInteger unavailable) {
        AtomicReference<ExtractableResponse<Response>> last =
                new AtomicReference<>(place(token, idempotencyKey).extract());
        if (last.get().statusCode() != 503) {
            return last.get();
        }
        unavailable.incrementAndGet();
        Duration retryAfter = Duration.ofSeconds(Long.parseLong(last.get().header("Retry-After")));
        await().atMost(bound).pollDelay(retryAfter).pollInterval(retryAfter).until(() -> {
            last.set(place(token, idempotencyKey).extract());
            if (last.get().statusCode() == 503) {
                unavailable.incrementAndGet();
            }
            return last.get().statusCode() != 503;
        });
        return last.get();
    }

    /** POST /create-order, the original README's name for POST /order. */
    static ValidatableResponse createOrder(String token) {
        return Service.ORDER.request(token).post("/create-order").then();
    }

    public static ValidatableResponse read(String token, long orderId) {
        return Service.ORDER.request(token).get("/orders/{id}", orderId).then();
    }

    public static ValidatableResponse cancel(String token, long orderId) {
        return Service.ORDER.request(token).post("/orders/{id}/cancel", orderId).then();
    }

    /** The order of a 201 answer, PENDING as every new order is. */
    public static JsonPath created(ValidatableResponse answer) {
        return json(answer.statusCode(201).body("status", equalTo("PENDING")));
    }

    static JsonPath json(ValidatableResponse answer) {
        return answer.extract().jsonPath(EXACT_MONEY);
    }

    /** Checks the answer is that problem (RFC 9457) and returns it for further checks. */
    static ValidatableResponse problem(ValidatableResponse answer, int status) {
        return answer.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }

    /** Waits until the owner sees the order in that status. */
    public static void awaitStatus(String token, long orderId, String status) {
        await().atMost(SAGA)
                .untilAsserted(() -> read(token, orderId).statusCode(200).body("status", equalTo(status)));
    }

    /** Waits until inventory has decided the order (it is no longer PENDING); its status then. */
    static String awaitDecided(String token, long orderId) {
        return await().atMost(SAGA)
                .until(
                        () -> read(token, orderId).statusCode(200).extract().path("status"),
                        status -> !"PENDING".equals(status));
    }

    /** Puts that many units in the customer's cart and orders them; the order id once it is CONFIRMED. */
    public static long bought(String token, long productId, int quantity) {
        Carts.add(token, productId, quantity).statusCode(200);
        long orderId = created(place(token)).getLong("order_id");
        awaitStatus(token, orderId, "CONFIRMED");
        return orderId;
    }

    /** How many of the customer's orders GET /orders counts. */
    static int countOf(String token) {
        return Service.ORDER
                .request(token)
                .get("/orders")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    /** The units of the product that can be ordered, as inventory's GET /inventory/{id} shows them. */
    public static int available(long productId) {
        return Stock.available(productId);
    }

    static void awaitAvailable(long productId, int units) {
        await().atMost(SAGA).untilAsserted(() -> assertEquals(units, available(productId), "available"));
    }

    private static RequestSpecification withKey(RequestSpecification request, String idempotencyKey) {
        return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
    }

    /**
     * Moves a CONFIRMED order's confirmation time back in the order service's database, as if that many minutes had
     * passed: the unpaid-order job (every 10 s) then sees the real 30-minute grace period run out.
     */
    public static void confirmedMinutesAgo(long orderId, int minutes) throws SQLException {
        try (Connection db = Service.ORDER.database();
                PreparedStatement update = db.prepareStatement("UPDATE customer_order SET updated_at = now() - "
                        + "make_interval(mins => ?) WHERE id = ? AND status = 'CONFIRMED'")) {
            update.setInt(1, minutes);
            update.setLong(2, orderId);
            assertEquals(1, update.executeUpdate(), "the CONFIRMED order moved back in time");
        }
    }
}
