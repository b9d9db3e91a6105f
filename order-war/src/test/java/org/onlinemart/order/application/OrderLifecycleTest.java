package org.onlinemart.order.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.events.OrderStatusChanged;
import org.onlinemart.commons.events.PaymentStatusChanged;
import org.onlinemart.commons.events.StockDeductionDecided;
import org.onlinemart.commons.events.StockDeductionDecided.Outcome;
import org.onlinemart.commons.events.StockDeductionRequested;
import org.onlinemart.commons.events.StockReleaseRequested;
import org.onlinemart.commons.metrics.Counted;
import org.onlinemart.commons.outbox.RecordingOutbox;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.commons.testing.RecordedEvents;
import org.onlinemart.order.domain.CartLine;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderLine;
import org.onlinemart.order.domain.OrderStatus;

/** The order's status changes and the events each one enqueues, with in-memory orders and carts. */
class OrderLifecycleTest {

    /** Not the default 30, so that the configured period is seen to be the one used. */
    private static final int GRACE_MINUTES = 45;

    private static final UUID CORRELATION = UUID.fromString("5b1e0c2a-7d4f-4c1e-9a3b-2f6d8e0a1c4b");
    private static final Customer ANN = new Customer(7, "ann@example.org", "Ann");
    private static final Customer BOB = new Customer(8, "bob@example.org", "Bob");
    private static final List<OrderLine> LINES = List.of(
            new OrderLine(1, "Tea", new BigDecimal("2.50"), 2), new OrderLine(2, "Cup", new BigDecimal("10"), 1));

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryCarts carts = new InMemoryCarts();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final List<Counted> counted = new ArrayList<>();
    private final OrderLifecycle lifecycle =
            new OrderLifecycle(orders, carts, outbox, new RecordedEvents<>(counted), GRACE_MINUTES);

    /** A stored order of the customer, moved by the domain's own verbs to the status. */
    private Order stored(Customer customer, OrderStatus status) {
        Order order = new Order(customer.userId(), customer.email(), customer.name(), LINES, null, CORRELATION);
        orders.add(order);
        return OrderHistories.moveTo(order, status);
    }

    private OrderNotificationRaised notification() {
        List<OrderNotificationRaised> raised = outbox.all(OrderNotificationRaised.class);
        assertEquals(1, raised.size(), "notifications " + raised);
        return raised.get(0);
    }

    private OrderStatusChanged statusChange() {
        List<OrderStatusChanged> changes = outbox.all(OrderStatusChanged.class);
        assertEquals(1, changes.size(), "status changes " + changes);
        return changes.get(0);
    }

    @Test
    void openingStoresAPendingOrderEmptiesTheOrderedLinesAndAsksInventoryFirst() {
        List<CartLine> quoted = carts.fill(ANN.userId(), new CartLine(1, 2), new CartLine(2, 1));

        PlacedOrder placed = lifecycle.open(ANN, "key-1", quoted, LINES, CORRELATION);

        Order order = placed.order();
        assertFalse(placed.replayed());
        assertSame(order, orders.byId.get(order.id()));
        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(new BigDecimal("15.00"), order.totalPrice());
        assertEquals(List.of(), carts.byUser.get(ANN.userId()).lines());
        assertEquals(List.of("inventory_deduction", "order_notification", "order_status"), outbox.topics());

        StockDeductionRequested deduction =
                outbox.all(StockDeductionRequested.class).get(0);
        assertEquals(order.id(), deduction.orderId());
        assertEquals(CORRELATION, order.correlationId());
        assertEquals(CORRELATION, deduction.correlationId());
        assertEquals(
                List.of(new StockDeductionRequested.Line(1, 2), new StockDeductionRequested.Line(2, 1)),
                deduction.items());
        OrderNotificationRaised notification = notification();
        assertEquals(order.id(), notification.orderId());
        assertEquals(CORRELATION, notification.correlationId());
        assertEquals("PENDING", notification.status());
        assertEquals("ann@example.org", notification.userEmail());
        assertEquals("Ann", notification.userName());
        assertEquals(
                List.of(
                        new OrderNotificationRaised.Item(1, "Tea", 2, new BigDecimal("2.50")),
                        new OrderNotificationRaised.Item(2, "Cup", 1, new BigDecimal("10.00"))),
                notification.items());
        assertEquals(new BigDecimal("15.00"), notification.totalPrice());
        OrderStatusChanged change = statusChange();
        assertEquals(order.id(), change.orderId());
        assertEquals(CORRELATION, change.correlationId());
        assertEquals(ANN.userId(), change.userId());
        assertEquals("PENDING", change.status());
        assertEquals(new BigDecimal("15.00"), change.totalPrice());
    }

    @Test
    void aCartThatChangedSinceItWasQuotedIsNotOrdered() {
        List<CartLine> quoted = carts.fill(ANN.userId(), new CartLine(1, 2), new CartLine(2, 1));
        carts.fill(ANN.userId(), new CartLine(1, 1));

        assertThrows(ConflictException.class, () -> lifecycle.open(ANN, "key-1", quoted, LINES, CORRELATION));
        assertThrows(
                ConflictException.class, () -> lifecycle.open(BOB, null, quoted, LINES, CORRELATION), "no cart at all");

        assertTrue(orders.byId.isEmpty());
        assertTrue(outbox.events.isEmpty());
        assertEquals(
                List.of(new CartLine(1, 3), new CartLine(2, 1)),
                carts.byUser.get(ANN.userId()).lines());
    }

    @Test
    void aKeyThatPlacedAnOrderMeanwhileAnswersWithThatOrderAndEnqueuesNothing() {
        List<CartLine> quoted = carts.fill(ANN.userId(), new CartLine(1, 2), new CartLine(2, 1));
        PlacedOrder first = lifecycle.open(ANN, "key-1", quoted, LINES, CORRELATION);
        outbox.events.clear();

        // the racing request quoted the same cart, which the first one has emptied since
        PlacedOrder again = lifecycle.open(ANN, "key-1", quoted, LINES, CORRELATION);

        assertTrue(again.replayed());
        assertSame(first.order(), again.order());
        assertEquals(1, orders.byId.size());
        assertTrue(outbox.events.isEmpty());
    }

    @Test
    void reservedStockConfirmsTheOrderAndAsksForPaymentWithinTheGracePeriod() {
        Order order = stored(ANN, OrderStatus.PENDING);

        lifecycle.onStockDecision(StockDeductionDecided.of(order.id(), Outcome.RESERVED, List.of(), CORRELATION));

        assertEquals(OrderStatus.CONFIRMED, order.status());
        assertEquals(List.of("order_notification", "order_status"), outbox.topics());
        assertEquals("CONFIRMED", notification().status());
        assertTrue(
                notification().message().contains("within 45 minutes"),
                notification().message());
        assertEquals("CONFIRMED", statusChange().status());
    }

    @Test
    void refusedStockRejectsTheOrder() {
        Order order = stored(ANN, OrderStatus.PENDING);

        lifecycle.onStockDecision(StockDeductionDecided.of(
                order.id(), Outcome.REJECTED, List.of(new StockDeductionDecided.Shortage(1, 2, 0)), CORRELATION));

        assertEquals(OrderStatus.REJECTED, order.status());
        assertEquals(List.of("order_notification", "order_status"), outbox.topics());
        assertEquals("REJECTED", notification().status());
        assertTrue(
                notification().message().contains(": 2 x Tea (0 available);"),
                notification().message());
        assertEquals("REJECTED", statusChange().status());
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void aDecisionForACancelledOrderChangesNothing(Outcome outcome) {
        Order order = stored(ANN, OrderStatus.CANCELLED);

        lifecycle.onStockDecision(StockDeductionDecided.of(order.id(), outcome, List.of(), CORRELATION));

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertTrue(outbox.events.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void aRepeatedDecisionChangesNothingAndAnnouncesNothing(Outcome outcome) {
        Order order = stored(ANN, OrderStatus.PENDING);
        lifecycle.onStockDecision(StockDeductionDecided.of(order.id(), outcome, List.of(), CORRELATION));
        OrderStatus decided = order.status();
        outbox.events.clear();
        counted.clear();

        lifecycle.onStockDecision(StockDeductionDecided.of(order.id(), outcome, List.of(), CORRELATION));

        assertEquals(decided, order.status());
        assertTrue(outbox.events.isEmpty());
        assertTrue(counted.isEmpty());
    }

    @Test
    void aDecisionForAnUnknownOrderIsIgnored() {
        lifecycle.onStockDecision(StockDeductionDecided.of(404, Outcome.RESERVED, List.of(), CORRELATION));

        assertTrue(orders.byId.isEmpty());
        assertTrue(outbox.events.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"PENDING", "CONFIRMED"})
    void theOwnerCancelsAnUnpaidOrderAndItsStockIsReleased(OrderStatus status) {
        Order order = stored(ANN, status);

        Order cancelled = lifecycle.cancel(ANN.userId(), order.id());

        assertSame(order, cancelled);
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(List.of("inventory_release", "order_notification", "order_status"), outbox.topics());
        assertEquals(order.id(), outbox.all(StockReleaseRequested.class).get(0).orderId());
        assertEquals(CORRELATION, outbox.all(StockReleaseRequested.class).get(0).correlationId());
        assertEquals("CANCELLED", notification().status());
        assertEquals("CANCELLED", statusChange().status());
    }

    @Test
    void someoneElsesOrderIsAsUnknownAsAMissingOne() {
        Order bobs = stored(BOB, OrderStatus.CONFIRMED);

        assertThrows(ResourceNotFoundException.class, () -> lifecycle.cancel(ANN.userId(), bobs.id()));
        assertThrows(ResourceNotFoundException.class, () -> lifecycle.cancel(ANN.userId(), 404));

        assertEquals(OrderStatus.CONFIRMED, bobs.status());
        assertTrue(outbox.events.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"PAID", "REJECTED", "CANCELLED", "REFUNDED"})
    void anOrderPaidOrOverCannotBeCancelled(OrderStatus status) {
        Order order = stored(ANN, status);

        var refused = assertThrows(ConflictException.class, () -> lifecycle.cancel(ANN.userId(), order.id()));

        assertTrue(refused.getMessage().contains(status.name()), refused.getMessage());
        assertEquals(status, order.status());
        assertTrue(outbox.events.isEmpty());
    }

    @Test
    void unpaidOrdersPastTheGracePeriodAreCancelledAndReleased() {
        Order anns = stored(ANN, OrderStatus.CONFIRMED);
        Order bobs = stored(BOB, OrderStatus.CONFIRMED);
        Order pending = stored(ANN, OrderStatus.PENDING);
        Instant now = Instant.parse("2100-01-01T00:00:00Z"); // long after these orders were confirmed

        int cancelled = lifecycle.cancelUnpaid(now, 10);

        assertEquals(now.minus(Duration.ofMinutes(GRACE_MINUTES)), orders.askedCutoff);
        assertEquals(2, cancelled);
        assertEquals(
                List.of(OrderStatus.CANCELLED, OrderStatus.CANCELLED, OrderStatus.PENDING),
                List.of(anns.status(), bobs.status(), pending.status()));
        assertEquals(
                List.of(anns.id(), bobs.id()),
                outbox.all(StockReleaseRequested.class).stream()
                        .map(StockReleaseRequested::orderId)
                        .toList());
        assertTrue(outbox.all(OrderNotificationRaised.class).stream()
                .allMatch(n -> n.status().equals("CANCELLED") && n.message().contains("within 45 minutes")));
    }

    @Test
    void cancellingUnpaidOrdersStopsAtTheLimit() {
        List<Order> confirmed = List.of(stored(ANN, OrderStatus.CONFIRMED), stored(BOB, OrderStatus.CONFIRMED));

        assertEquals(1, lifecycle.cancelUnpaid(Instant.parse("2100-01-01T00:00:00Z"), 1));

        assertEquals(
                1,
                confirmed.stream()
                        .filter(order -> order.status() == OrderStatus.CANCELLED)
                        .count());
        assertEquals(1, outbox.all(StockReleaseRequested.class).size());
    }

    private static PaymentStatusChanged payment(Order order, String status) {
        return PaymentStatusChanged.of(40, order.id(), status, order.totalPrice(), CORRELATION);
    }

    @Test
    void aSucceededPaymentMakesAConfirmedOrderPaidAndTellsTheCustomer() {
        Order order = stored(ANN, OrderStatus.CONFIRMED);

        lifecycle.onPaymentStatus(payment(order, "PENDING"));
        assertTrue(order.isPaymentInProgress());
        lifecycle.onPaymentStatus(payment(order, "SUCCEEDED"));

        assertEquals(OrderStatus.PAID, order.status());
        assertFalse(order.isPaymentInProgress());
        assertEquals(List.of(Counted.of("orders", "status", OrderStatus.PAID)), counted);
        assertEquals("PAID", notification().status());
        assertTrue(
                notification().message().contains("We received your payment"),
                notification().message());
    }

    @Test
    void aFailedPaymentLeavesTheOrderConfirmedAndNoLongerInProgress() {
        Order order = stored(ANN, OrderStatus.CONFIRMED);
        lifecycle.onPaymentStatus(payment(order, "PENDING"));

        lifecycle.onPaymentStatus(payment(order, "FAILED"));

        assertEquals(OrderStatus.CONFIRMED, order.status());
        assertFalse(order.isPaymentInProgress());
        assertTrue(outbox.events.isEmpty());
    }

    @Test
    void aRefundMakesAPaidOrderRefundedAndReleasesItsStock() {
        Order order = stored(ANN, OrderStatus.PAID);

        lifecycle.onPaymentStatus(payment(order, "REFUNDED"));

        assertEquals(OrderStatus.REFUNDED, order.status());
        assertEquals(order.id(), outbox.all(StockReleaseRequested.class).get(0).orderId());
        assertEquals(CORRELATION, outbox.all(StockReleaseRequested.class).get(0).correlationId());
        assertEquals("REFUNDED", notification().status());
    }

    @Test
    void aPaymentForAnOrderCancelledMeanwhileChangesNothing() {
        Order order = stored(ANN, OrderStatus.CANCELLED);

        lifecycle.onPaymentStatus(payment(order, "PENDING"));
        lifecycle.onPaymentStatus(payment(order, "SUCCEEDED"));
        lifecycle.onPaymentStatus(payment(order, "REFUNDED"));

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertFalse(order.isPaymentInProgress());
        assertTrue(outbox.events.isEmpty());
    }

    @Test
    void theUnpaidOrderJobLeavesAnOrderWhosePaymentIsUnderWay() {
        Order paying = stored(ANN, OrderStatus.CONFIRMED);
        Order unpaid = stored(ANN, OrderStatus.CONFIRMED);
        lifecycle.onPaymentStatus(payment(paying, "PENDING"));

        lifecycle.cancelUnpaid(Instant.now().plus(Duration.ofMinutes(GRACE_MINUTES + 1)), 10);

        assertEquals(OrderStatus.CONFIRMED, paying.status());
        assertEquals(OrderStatus.CANCELLED, unpaid.status());
    }
}
