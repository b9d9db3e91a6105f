package org.onlinemart.devstack.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.Map;
import java.util.UUID;

/** The customer's side: cart, order, payment; every call acts for the customer named by the token. */
final class Shopper {

    private static final int ORDER = ShopDemo.port("order");
    private static final int PAYMENT = ShopDemo.port("payment");
    /** Long enough for the saga's hops (outbox relays, Kafka, inventory) on a busy laptop. */
    private static final Duration SAGA_BOUND = Duration.ofSeconds(60);

    private final MartApi api;
    private final StepLog log;
    private final String token;

    Shopper(MartApi api, StepLog log, String token) {
        this.api = api;
        this.log = log;
        this.token = token;
    }

    /** A cart left by an earlier, interrupted run would end up in this order: it goes first. */
    void emptyCart() {
        ApiAnswer cart = api.get(ORDER, "/view-cart", token).expect(200, "reading the cart");
        int left = cart.list("items").size();
        log.step(cart, "%s", left == 0 ? "the cart is empty" : left + " item(s) in the cart from an earlier run");
        for (Object item : cart.list("items")) {
            Object productId = ((Map<?, ?>) item).get("product_id");
            ApiAnswer removed = api.delete(ORDER, "/delete-item-from-cart?product_id=" + productId, token);
            log.step(
                    removed.expect(200, "emptying the cart"), "removed product %s left from an earlier run", productId);
        }
    }

    /**
     * Adds to the cart once the order service's own views have the price (product_data) and the stock
     * (inventory_data); until then it answers 404 or 409 and changes nothing, so repeating is safe.
     */
    void addToCart(Product product, int quantity) {
        var added = Poll.until(
                SAGA_BOUND,
                () -> api.post(ORDER, "/add-to-cart", Map.of("product_id", product.id(), "quantity", quantity), token),
                answer -> !answer.is(404) && !answer.is(409));
        ApiAnswer cart = added.last().expect(200, "adding product " + product.id() + " to the cart");
        log.step(
                cart,
                "%d x \"%s\" at %s; cart total %s%s",
                quantity,
                product.name(),
                product.price(),
                cart.money("total_price"),
                added.attempts() > 1 ? " (order's price and stock views caught up" + added.waited() + ")" : "");
    }

    /** POST /order with an Idempotency-Key, repeated with the same key after a 503's Retry-After. */
    long placeOrder() {
        String key = UUID.randomUUID().toString();
        var placed = Poll.until(
                SAGA_BOUND,
                () -> api.post(ORDER, "/order", Map.of(), token, key),
                answer -> !answer.is(503),
                answer -> answer.retryAfter().orElse(Duration.ofSeconds(1)));
        ApiAnswer order = placed.last().expect(201, "placing the order");
        long id = order.id("order_id");
        log.step(order, "order_id %d %s, total %s", id, order.text("status"), order.money("total_price"));
        return id;
    }

    /** Waits, bounded, while the saga has the order in one status; it must then be in the next. */
    void awaitMove(long orderId, String from, String to) {
        var read = Poll.until(
                SAGA_BOUND,
                () -> api.get(ORDER, "/orders/" + orderId, token),
                answer -> !answer.is(200) || !from.equals(answer.text("status")));
        ApiAnswer order = read.last().expect(200, "reading order " + orderId);
        if (!to.equals(order.text("status"))) {
            throw new DemoFailure(
                    "order " + orderId + " is " + order.text("status") + " (after " + read.took() + "), not " + to,
                    order);
        }
        log.step(order, "order %d is %s%s", orderId, to, read.waited());
    }

    /**
     * Pays with the sandbox gateway's test card. Payment learns of a CONFIRMED order from order_status a moment
     * later and until then answers 409 "not known to payment yet" without recording anything.
     */
    BigDecimal pay(long orderId, String cardNumber) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = Map.of(
                "order_id",
                orderId,
                "card_number",
                cardNumber,
                "exp_month",
                12,
                "exp_year",
                Year.now().getValue() + 2,
                "cvc",
                "123");
        var paid = Poll.until(
                SAGA_BOUND,
                () -> api.post(PAYMENT, "/payments", payment, token, key),
                answer -> !(answer.is(409) && answer.body().contains("not known to payment yet")));
        ApiAnswer answer = paid.last().expect(201, "paying order " + orderId);
        log.step(
                answer,
                "payment_id %d %s: %s with card %s",
                answer.id("payment_id"),
                answer.text("status"),
                answer.money("amount"),
                CardNumbers.masked(cardNumber));
        return answer.money("amount");
    }
}
