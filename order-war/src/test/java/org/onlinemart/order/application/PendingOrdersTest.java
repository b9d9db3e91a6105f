package org.onlinemart.order.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onlinemart.commons.events.StockDeductionRequested;
import org.onlinemart.commons.outbox.RecordingOutbox;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderLine;
import org.onlinemart.order.domain.OrderStatus;

/** Orders whose answer from inventory never came are asked about again, each at most once per period. */
class PendingOrdersTest {

    /** Not the defaults (60 and 15), so that the configured ones are seen to be used. */
    private static final Duration AFTER = Duration.ofSeconds(90);

    private static final Duration PERIOD = Duration.ofSeconds(20);
    private static final UUID CORRELATION = UUID.fromString("5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b");
    private static final List<OrderLine> LINES = List.of(
            new OrderLine(1, "Tea", new BigDecimal("2.50"), 2), new OrderLine(2, "Cup", new BigDecimal("10"), 1));

    private final InMemoryOrders orders = new InMemoryOrders();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final PendingOrders pending = new PendingOrders(orders, outbox, AFTER.toSeconds(), PERIOD.toSeconds());

    private Order stored() {
        Order order = new Order(7, "ann@example.org", "Ann", LINES, null, CORRELATION);
        orders.add(order);
        return order;
    }

    private static Instant after(Order order, Duration elapsed) {
        return order.createdAt().plus(elapsed);
    }

    @Test
    void anOrderPendingPastTheWaitAsksInventoryAgainWithItsLinesAndCorrelationId() {
        Order order = stored();
        Instant now = after(order, AFTER.plusSeconds(1));

        assertEquals(1, pending.askInventoryAgain(now, 100));

        StockDeductionRequested request = (StockDeductionRequested) outbox.single();
        assertEquals(order.id(), request.orderId());
        assertEquals(
                List.of(new StockDeductionRequested.Line(1, 2), new StockDeductionRequested.Line(2, 1)),
                request.items());
        assertEquals(CORRELATION, request.correlationId());
        assertEquals(OrderStatus.PENDING, order.status(), "only inventory's answer moves it on");
        assertEquals(1, order.reconcileAttempts());
        assertEquals(now, order.reconciledAt());
    }

    @Test
    void anOrderWithinTheWaitIsLeftAlone() {
        Order order = stored();

        assertEquals(0, pending.askInventoryAgain(after(order, AFTER.minusSeconds(1)), 100));

        assertTrue(outbox.events.isEmpty());
        assertEquals(0, order.reconcileAttempts());
    }

    @Test
    void anOrderIsAskedAboutAtMostOncePerPeriod() {
        Order order = stored();
        Instant first = after(order, AFTER.plusSeconds(1));
        pending.askInventoryAgain(first, 100);

        assertEquals(0, pending.askInventoryAgain(first, 100), "the next batch of the same run");
        assertEquals(0, pending.askInventoryAgain(first.plus(PERIOD).minusSeconds(1), 100));
        assertEquals(1, pending.askInventoryAgain(first.plus(PERIOD).plusSeconds(1), 100));

        assertEquals(2, outbox.all(StockDeductionRequested.class).size());
        assertEquals(2, order.reconcileAttempts());
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"PENDING"},
            mode = EnumSource.Mode.EXCLUDE)
    void anOrderThatHasMovedOnIsNeverAskedAbout(OrderStatus status) {
        Order order = OrderHistories.moveTo(stored(), status);

        assertEquals(0, pending.askInventoryAgain(after(order, AFTER.multipliedBy(10)), 100));

        assertTrue(outbox.events.isEmpty());
    }

    @Test
    void oneRunAsksAboutAtMostTheLimitOldestFirst() {
        Order oldest = stored();
        stored();
        Order newest = stored();
        Instant now = after(newest, AFTER.plusSeconds(1));

        assertEquals(2, pending.askInventoryAgain(now, 2));
        assertEquals(1, pending.askInventoryAgain(now, 2));

        List<Long> asked = outbox.all(StockDeductionRequested.class).stream()
                .map(StockDeductionRequested::orderId)
                .toList();
        assertEquals(List.of(oldest.id(), oldest.id() + 1, newest.id()), asked);
    }
}
