package org.onlinemart.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What {@code check} read from the six databases, row by row, for {@link Invariants} to judge. now is the database
 * clock when the reading began.
 *
 * @param stock per product of inventory: what was stocked in, is available, and is held by RESERVED reservations
 * @param heldByOrders order's CONFIRMED and PAID orders: their lines, order id → product id → units
 * @param reserved inventory's RESERVED reservations: their lines, order id → product id → units
 * @param paidOrders ids of order's PAID orders
 * @param succeededPayments payment's SUCCEEDED payments
 * @param published the notifying events order and payment published (sent outbox rows still kept)
 * @param notifications notification's rows per event id
 * @param outboxes per database, its outbox rows not sent and how many rows it holds
 * @param pendingOrders order's PENDING orders
 * @param orders how many orders order holds
 * @param deadLetters every dead letter of every database
 */
record Snapshot(
        Instant now,
        List<StockLevel> stock,
        Map<Long, Map<Long, Integer>> heldByOrders,
        Map<Long, Map<Long, Integer>> reserved,
        Set<Long> paidOrders,
        List<Payment> succeededPayments,
        List<Published> published,
        Map<UUID, Integer> notifications,
        List<Outbox> outboxes,
        List<Timed> pendingOrders,
        long orders,
        List<DeadLetter> deadLetters) {

    record StockLevel(long productId, long stockedIn, long available, long reserved) {}

    record Payment(long id, long orderId) {}

    /** An outbox row of topic order_notification or payment_notification that was sent. */
    record Published(String database, UUID eventId, Instant sentAt) {}

    record Outbox(String database, long rows, List<Unsent> unsent) {}

    /** parkedAt is null while the relay still tries it. */
    record Unsent(long id, Instant createdAt, Instant parkedAt) {}

    record Timed(long id, Instant at) {}

    record DeadLetter(String database, long id, String consumer, String error, Instant failedAt) {}
}
