package org.onlinemart.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTest {

    /** Each verb and the status it moves to. */
    private static final Map<OrderStatus, Consumer<Order>> VERBS = Map.of(
            OrderStatus.CONFIRMED, Order::confirm,
            OrderStatus.REJECTED, Order::reject,
            OrderStatus.CANCELLED, Order::cancel,
            OrderStatus.PAID, Order::markPaid,
            OrderStatus.REFUNDED, Order::refund);

    /** The shortest legal path from PENDING to each status. */
    private static final Map<OrderStatus, List<OrderStatus>> PATHS = Map.of(
            OrderStatus.PENDING, List.of(),
            OrderStatus.CONFIRMED, List.of(OrderStatus.CONFIRMED),
            OrderStatus.REJECTED, List.of(OrderStatus.REJECTED),
            OrderStatus.CANCELLED, List.of(OrderStatus.CANCELLED),
            OrderStatus.PAID, List.of(OrderStatus.CONFIRMED, OrderStatus.PAID),
            OrderStatus.REFUNDED, List.of(OrderStatus.CONFIRMED, OrderStatus.PAID, OrderStatus.REFUNDED));

    private static Order newOrder() {
        return new Order(
                7,
                "ann@example.org",
                "Ann",
                List.of(
                        new OrderLine(1, "Tea", new BigDecimal("2.50"), 3),
                        new OrderLine(2, "Cup", new BigDecimal("10"), 1)),
                "key-1",
                UUID.fromString("5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b"));
    }

    private static Order orderIn(OrderStatus status) {
        Order order = newOrder();
        PATHS.get(status).forEach(step -> VERBS.get(step).accept(order));
        return order;
    }

    static Stream<Arguments> everyVerbFromEveryStatus() {
        return Stream.of(OrderStatus.values())
                .flatMap(from -> VERBS.keySet().stream().map(to -> Arguments.of(from, to)));
    }

    @Test
    void aNewOrderIsPendingAndTotalsItsLines() {
        Order order = newOrder();

        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(new BigDecimal("17.50"), order.totalPrice());
        assertEquals(new BigDecimal("7.50"), order.lines().get(0).totalPrice());
        assertTrue(order.isOwnedBy(7));
        assertFalse(order.isOwnedBy(8));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyVerbFromEveryStatus")
    void aVerbMovesTheOrderOnlyWhereTheStatusAllows(OrderStatus from, OrderStatus to) {
        Order order = orderIn(from);

        if (from.canMoveTo(to)) {
            VERBS.get(to).accept(order);
            assertEquals(to, order.status());
        } else {
            var refused = assertThrows(
                    IllegalOrderTransitionException.class, () -> VERBS.get(to).accept(order));
            assertEquals(from, order.status());
            assertEquals(from, refused.from());
            assertEquals(to, refused.to());
        }
    }

    @Test
    void theCustomerCanCancelBeforePaymentButNotAfter() {
        Order confirmed = orderIn(OrderStatus.CONFIRMED);
        confirmed.cancel();
        assertEquals(OrderStatus.CANCELLED, confirmed.status());

        assertThrows(IllegalOrderTransitionException.class, orderIn(OrderStatus.PAID)::cancel);
    }

    @Test
    void itsLogLinesNameItsCorrelationId() {
        assertEquals(
                "order=- correlation=5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b",
                newOrder().trail().toString(),
                "not stored yet, so without an id");
    }

    @Test
    void anOrderWithoutCorrelationIdSaysSo() {
        Order order = new Order(7, "a@b.c", "A", List.of(new OrderLine(1, "Tea", BigDecimal.ONE, 1)), null, null);

        assertNull(order.correlationId());
        assertEquals("order=- correlation=-", order.trail().toString());
    }

    @Test
    void anOrderNeedsLinesAndOneLinePerProduct() {
        var tea = new OrderLine(1, "Tea", BigDecimal.ONE, 1);

        assertThrows(IllegalArgumentException.class, () -> new Order(7, "a@b.c", "A", List.of(), null, null));
        assertThrows(IllegalArgumentException.class, () -> new Order(7, "a@b.c", "A", List.of(tea, tea), null, null));
    }

    @Test
    void aLineNeedsAPositiveQuantityAndWholeCents() {
        assertThrows(IllegalArgumentException.class, () -> new OrderLine(1, "Tea", BigDecimal.ONE, 0));
        assertThrows(IllegalArgumentException.class, () -> new OrderLine(1, "Tea", new BigDecimal("-1"), 1));
        assertThrows(ArithmeticException.class, () -> new OrderLine(1, "Tea", new BigDecimal("1.005"), 1));
    }

    @Test
    void onlyAPendingOrderIsAskedAboutAgainAndItsStatusStays() {
        Order order = newOrder();
        Instant at = Instant.parse("2026-12-01T10:15:30.123456789Z");

        order.askedInventoryAgain(at);

        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(1, order.reconcileAttempts());
        assertEquals(Instant.parse("2026-12-01T10:15:30.123456Z"), order.reconciledAt());
        order.confirm();
        assertThrows(IllegalStateException.class, () -> order.askedInventoryAgain(at));
        assertEquals(1, order.reconcileAttempts());
    }
}
