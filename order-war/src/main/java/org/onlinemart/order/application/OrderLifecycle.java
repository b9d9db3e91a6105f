package org.onlinemart.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onlinemart.commons.events.OrderNotificationRaised;
import org.onlinemart.commons.events.OrderStatusChanged;
import org.onlinemart.commons.events.PaymentStatusChanged;
import org.onlinemart.commons.events.StockDeductionDecided;
import org.onlinemart.commons.events.StockDeductionRequested;
import org.onlinemart.commons.events.StockReleaseRequested;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.metrics.Counted;
import org.onlinemart.commons.outbox.Outbox;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.order.domain.Cart;
import org.onlinemart.order.domain.CartLine;
import org.onlinemart.order.domain.CartRepository;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderLine;
import org.onlinemart.order.domain.OrderRepository;
import org.onlinemart.order.domain.OrderStatus;

/**
 * Every change of an order's status (DESIGN.md §5), each in one transaction with the events it causes. The order
 * row is locked first, so the saga's answer, a customer's cancel and the grace-period job never overwrite one
 * another.
 */
@ApplicationScoped
public class OrderLifecycle {

    private static final Logger LOG = Logger.getLogger(OrderLifecycle.class.getName());

    private OrderRepository orders;
    private CartRepository carts;
    private Outbox outbox;
    private Event<Counted> counted;
    private Duration paymentGrace;

    protected OrderLifecycle() {}

    @Inject
    public OrderLifecycle(
            OrderRepository orders,
            CartRepository carts,
            Outbox outbox,
            Event<Counted> counted,
            @ConfigProperty(name = "PAYMENT_GRACE_MINUTES", defaultValue = "30") long graceMinutes) {
        this.orders = orders;
        this.carts = carts;
        this.outbox = outbox;
        this.counted = counted;
        this.paymentGrace = Duration.ofMinutes(graceMinutes);
    }

    /**
     * Writes the PENDING order, empties the ordered lines from the cart and asks inventory to reserve them.
     * The cart row lock serialises this with the customer's other orders: a request repeating an Idempotency-Key
     * that raced this one finds its order here, and a cart that changed since it was quoted is not ordered. The
     * correlation id is the one the catalog was asked with; the order keeps it for every event of its saga.
     */
    @Transactional
    public PlacedOrder open(
            Customer customer,
            String idempotencyKey,
            List<CartLine> quotedLines,
            List<OrderLine> lines,
            UUID correlationId) {
        Cart cart = carts.lockOfUser(customer.userId()).orElse(null);
        if (idempotencyKey != null) {
            var placed = orders.findByIdempotencyKey(customer.userId(), idempotencyKey);
            if (placed.isPresent()) {
                return new PlacedOrder(placed.get(), true);
            }
        }
        if (cart == null || !cart.lines().equals(quotedLines)) {
            throw new ConflictException("The cart changed while the order was being placed; check it and order again");
        }
        Order order =
                new Order(customer.userId(), customer.email(), customer.name(), lines, idempotencyKey, correlationId);
        if (!orders.add(order)) {
            throw new ConflictException("An order with this Idempotency-Key is being placed; repeat the request");
        }
        cart.removeOrdered(quotedLines);
        outbox.enqueue(StockDeductionRequested.of(
                order.id(),
                quotedLines.stream()
                        .map(line -> new StockDeductionRequested.Line(line.productId(), line.quantity()))
                        .toList(),
                order.correlationId()));
        announce(order, "We received your order " + order.id() + " and are reserving its products.");
        LOG.info(() -> order.trail() + ": PENDING, placed by user " + customer.userId() + ", " + lines.size()
                + " line(s), total " + order.totalPrice());
        return new PlacedOrder(order, false);
    }

    /**
     * Inventory's decision, one per order though it may come more than once: CONFIRMED or REJECTED, unless the
     * order has moved on meanwhile.
     */
    @Transactional
    public void onStockDecision(StockDeductionDecided decision) {
        Order order = orders.lockById(decision.orderId()).orElse(null);
        if (order == null) {
            LOG.warning(() -> OrderTrail.of(decision) + ": ignored inventory's answer for an unknown order");
            return;
        }
        boolean reserved = decision.status() == StockDeductionDecided.Outcome.RESERVED;
        OrderStatus next = reserved ? OrderStatus.CONFIRMED : OrderStatus.REJECTED;
        if (order.status() == next) {
            // inventory answers every ask, and PendingOrders may have asked again before the first answer came
            LOG.info(() -> order.trail() + ": already " + next + ", a repeated answer changes nothing");
            return;
        }
        if (!order.status().canMoveTo(next)) {
            // a cancelled order: its inventory_release gives back whatever was reserved
            LOG.warning(() -> order.trail() + ": refused to move from " + order.status() + " to " + next);
            return;
        }
        if (reserved) {
            order.confirm();
            announce(
                    order,
                    "Your order " + order.id() + " is confirmed. Please pay within " + paymentGrace.toMinutes()
                            + " minutes, or it will be cancelled.");
        } else {
            order.reject();
            announce(
                    order,
                    "We could not reserve every product of your order " + order.id() + shortagesOf(order, decision)
                            + "; it was not placed and nothing was charged.");
        }
        LOG.info(() -> order.trail() + ": " + order.status() + ", as inventory " + decision.status());
    }

    /**
     * payment_status: a payment under way holds off the unpaid-order job; SUCCEEDED makes a CONFIRMED order PAID;
     * REFUNDED makes a PAID order REFUNDED and gives its stock back, as nothing has shipped. A payment for an order
     * that moved on (cancelled meanwhile) changes nothing here: the payment service refunds it.
     */
    @Transactional
    public void onPaymentStatus(PaymentStatusChanged change) {
        Order order = orders.lockById(change.orderId()).orElse(null);
        if (order == null) {
            LOG.warning(
                    () -> OrderTrail.of(change) + ": ignored payment " + change.paymentId() + " of an unknown order");
            return;
        }
        switch (change.status()) {
            case "PENDING" -> {
                order.paymentStarted();
                LOG.info(() -> order.trail() + ": payment " + change.paymentId() + " started");
            }
            case "FAILED" -> {
                order.paymentFailed();
                LOG.info(() -> order.trail() + ": payment " + change.paymentId() + " FAILED, the order awaits another");
            }
            case "SUCCEEDED" ->
                settle(
                        order,
                        OrderStatus.PAID,
                        "We received your payment of " + change.amount() + " for order " + order.id() + ". Thank you!");
            case "REFUNDED" ->
                settle(
                        order,
                        OrderStatus.REFUNDED,
                        "Your order " + order.id() + " was refunded: " + change.amount() + " go back to your card.");
            default -> LOG.warning(() -> order.trail() + ": ignored payment status " + change.status());
        }
    }

    private void settle(Order order, OrderStatus next, String message) {
        if (!order.status().canMoveTo(next)) {
            LOG.warning(() -> order.trail() + ": refused to move from " + order.status() + " to " + next);
            return;
        }
        if (next == OrderStatus.PAID) {
            order.markPaid();
        } else {
            order.refund();
            outbox.enqueue(StockReleaseRequested.of(order.id(), order.correlationId()));
        }
        announce(order, message);
        LOG.info(() -> order.trail() + ": " + order.status()
                + (order.status() == OrderStatus.REFUNDED ? ", its stock is released" : ""));
    }

    /** The customer cancels their order before paying; someone else's order is as unknown as a missing one. */
    @Transactional
    public Order cancel(long callerId, long orderId) {
        Order order = orders.lockById(orderId)
                .filter(found -> found.isOwnedBy(callerId))
                .orElseThrow(() -> new ResourceNotFoundException("Order", orderId));
        if (!order.status().canMoveTo(OrderStatus.CANCELLED)) {
            LOG.info(() -> order.trail() + ": refused to cancel, it is " + order.status());
            throw new ConflictException(
                    "Order " + orderId + " is " + order.status() + " and can no longer be cancelled");
        }
        cancelAndRelease(order, "Your order " + order.id() + " was cancelled as you asked.");
        return order;
    }

    /**
     * Cancels CONFIRMED orders confirmed longer ago than the payment grace period, up to {@code limit} of them.
     * Rows another run has locked are skipped, so two runs at once never cancel one order twice.
     *
     * @return how many were cancelled
     */
    @Transactional
    public int cancelUnpaid(Instant now, int limit) {
        List<Order> expired = orders.lockConfirmedBefore(now.minus(paymentGrace), limit);
        for (Order order : expired) {
            cancelAndRelease(
                    order,
                    "Your order " + order.id() + " was cancelled because it was not paid within "
                            + paymentGrace.toMinutes() + " minutes.");
        }
        return expired.size();
    }

    private void cancelAndRelease(Order order, String message) {
        order.cancel();
        outbox.enqueue(StockReleaseRequested.of(order.id(), order.correlationId()));
        announce(order, message);
        LOG.info(() -> order.trail() + ": CANCELLED, its stock is released");
    }

    /** ": 3 x Tea (2 available), ..." by the order's product names, or nothing when inventory named none. */
    private static String shortagesOf(Order order, StockDeductionDecided decision) {
        if (decision.shortages() == null || decision.shortages().isEmpty()) {
            return "";
        }
        Map<Long, String> names =
                order.lines().stream().collect(Collectors.toMap(OrderLine::productId, OrderLine::productName));
        return decision.shortages().stream()
                .map(shortage -> shortage.requested() + " x "
                        + names.getOrDefault(shortage.productId(), "product " + shortage.productId()) + " ("
                        + shortage.available() + " available)")
                .collect(Collectors.joining(", ", ": ", ""));
    }

    /** order_notification for the customer's e-mail and order_status for payment, after every change. */
    private void announce(Order order, String message) {
        // orders_total{status}: placed (PENDING), CONFIRMED, REJECTED, CANCELLED, PAID, REFUNDED
        counted.fire(Counted.of("orders", "status", order.status()));
        outbox.enqueue(OrderNotificationRaised.of(
                order.id(),
                order.userId(),
                order.userEmail(),
                order.userName(),
                order.status().name(),
                order.totalPrice(),
                order.lines().stream()
                        .map(line -> new OrderNotificationRaised.Item(
                                line.productId(), line.productName(), line.quantity(), line.unitPrice()))
                        .toList(),
                message,
                order.correlationId()));
        outbox.enqueue(OrderStatusChanged.of(
                order.id(), order.userId(), order.status().name(), order.totalPrice(), order.correlationId()));
    }
}
