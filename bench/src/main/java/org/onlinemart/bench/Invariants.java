package org.onlinemart.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The arithmetic of {@code check}: what must hold across the six databases, judged on rows already read. */
final class Invariants {

    /**
     * The error text of a dead letter whose cause passes (the idea of mart-commons' FailureKind, read from the stored
     * text since the exception is gone): SQLSTATE classes 08, 40, 53, 57, 58 and 55P03, refused or broken
     * connections, timeouts, deadlocks, serialization and lock failures.
     */
    static final Pattern TRANSIENT = Pattern.compile(
            "(?i)connection( to \\S+)? (refused|reset|closed|attempt failed|is closed)|timed? ?out|timeout|deadlock"
                    + "|could not serialize|serialization failure|lock not available|too many (connections|clients)"
                    + "|terminating connection|database system is (starting up|shutting down|in recovery)"
                    + "|canceling statement|sql ?state\\W{0,3}(08|40|53|57|58)\\w{3}|55P03"
                    + "|ConnectException|SocketException|SQLTransient|SQLRecoverable|LockTimeoutException"
                    + "|PessimisticLockException|OptimisticLockException");

    private Invariants() {}

    static List<Invariant> evaluate(Snapshot snapshot, CheckSettings settings) {
        return List.of(
                stockAddsUp(snapshot),
                reservationsMatchOrders(snapshot),
                paidOrdersHaveOnePayment(snapshot),
                succeededPaymentsArePaid(snapshot),
                eventsNotified(snapshot, settings),
                outboxSent(snapshot, settings),
                outboxNotParked(snapshot),
                noOldPending(snapshot, settings),
                deadLetters(snapshot, settings, true),
                deadLetters(snapshot, settings, false));
    }

    static Invariant stockAddsUp(Snapshot snapshot) {
        List<String> broken = new ArrayList<>();
        for (Snapshot.StockLevel level : snapshot.stock()) {
            if (level.stockedIn() != level.available() + level.reserved()) {
                broken.add(level.productId() + " (in " + level.stockedIn() + ", available " + level.available()
                        + ", reserved " + level.reserved() + ")");
            }
        }
        return Invariant.of(
                "stock: stocked in = available + RESERVED lines, per product",
                snapshot.stock().size(),
                broken);
    }

    static Invariant reservationsMatchOrders(Snapshot snapshot) {
        TreeSet<Long> orderIds = new TreeSet<>(snapshot.heldByOrders().keySet());
        orderIds.addAll(snapshot.reserved().keySet());
        List<String> broken = new ArrayList<>();
        for (long orderId : orderIds) {
            Map<Long, Integer> ordered = snapshot.heldByOrders().get(orderId);
            Map<Long, Integer> reserved = snapshot.reserved().get(orderId);
            if (reserved == null) {
                broken.add(orderId + " (not reserved)");
            } else if (ordered == null) {
                broken.add(orderId + " (reserved, not CONFIRMED/PAID)");
            } else if (!ordered.equals(reserved)) {
                broken.add(orderId + " (lines differ)");
            }
        }
        return Invariant.of("stock: CONFIRMED/PAID orders' lines = RESERVED lines, per order", orderIds.size(), broken);
    }

    static Invariant paidOrdersHaveOnePayment(Snapshot snapshot) {
        Map<Long, Long> payments = new HashMap<>();
        for (Snapshot.Payment payment : snapshot.succeededPayments()) {
            payments.merge(payment.orderId(), 1L, Long::sum);
        }
        List<String> broken = new ArrayList<>();
        for (long orderId : new TreeSet<>(snapshot.paidOrders())) {
            long count = payments.getOrDefault(orderId, 0L);
            if (count != 1) {
                broken.add(orderId + " (" + count + " SUCCEEDED)");
            }
        }
        return Invariant.of(
                "payment: each PAID order has exactly one SUCCEEDED payment",
                snapshot.paidOrders().size(),
                broken);
    }

    static Invariant succeededPaymentsArePaid(Snapshot snapshot) {
        List<String> broken = new ArrayList<>();
        for (Snapshot.Payment payment : snapshot.succeededPayments()) {
            if (!snapshot.paidOrders().contains(payment.orderId())) {
                broken.add("payment " + payment.id() + " (order " + payment.orderId() + ")");
            }
        }
        return Invariant.of(
                "payment: each SUCCEEDED payment is of a PAID order",
                snapshot.succeededPayments().size(),
                broken);
    }

    static Invariant eventsNotified(Snapshot snapshot, CheckSettings settings) {
        Instant settledBefore = snapshot.now().minus(settings.settle());
        List<String> broken = new ArrayList<>();
        long checked = 0;
        for (Snapshot.Published event : snapshot.published()) {
            if (!event.sentAt().isBefore(settledBefore)) {
                continue;
            }
            checked++;
            int count = snapshot.notifications().getOrDefault(event.eventId(), 0);
            if (count != 1) {
                broken.add(event.database() + " event " + event.eventId() + " (" + count + ")");
            }
        }
        return Invariant.of("notification: one per order/payment_notification sent", checked, broken);
    }

    static Invariant outboxSent(Snapshot snapshot, CheckSettings settings) {
        Instant tooOld = snapshot.now().minus(settings.unsentLimit());
        List<String> broken = new ArrayList<>();
        for (Snapshot.Outbox outbox : snapshot.outboxes()) {
            for (Snapshot.Unsent row : outbox.unsent()) {
                if (row.parkedAt() == null && row.createdAt().isBefore(tooOld)) {
                    broken.add(outbox.database() + " " + row.id());
                }
            }
        }
        return Invariant.of(
                "outbox: no row unsent for over " + settings.unsentLimit().toSeconds() + " s, six databases",
                outboxRows(snapshot),
                broken);
    }

    static Invariant outboxNotParked(Snapshot snapshot) {
        List<String> broken = new ArrayList<>();
        for (Snapshot.Outbox outbox : snapshot.outboxes()) {
            for (Snapshot.Unsent row : outbox.unsent()) {
                if (row.parkedAt() != null) {
                    broken.add(outbox.database() + " " + row.id());
                }
            }
        }
        return Invariant.of("outbox: no row parked, six databases", outboxRows(snapshot), broken);
    }

    static Invariant noOldPending(Snapshot snapshot, CheckSettings settings) {
        Instant tooOld = snapshot.now().minus(settings.pendingLimit());
        List<String> broken = snapshot.pendingOrders().stream()
                .filter(order -> order.at().isBefore(tooOld))
                .map(order -> String.valueOf(order.id()))
                .toList();
        return Invariant.of(
                "order: none PENDING for over " + settings.pendingLimit().toSeconds() + " s",
                snapshot.orders(),
                broken);
    }

    static Invariant deadLetters(Snapshot snapshot, CheckSettings settings, boolean transientFaults) {
        List<Snapshot.DeadLetter> inWindow = snapshot.deadLetters().stream()
                .filter(letter -> settings.since() == null || !letter.failedAt().isBefore(settings.since()))
                .toList();
        List<String> broken = inWindow.stream()
                .filter(letter -> isTransient(letter.error()) == transientFaults)
                .map(letter -> letter.database() + " " + letter.id())
                .toList();
        String window = settings.since() == null ? "ever" : "since " + settings.since();
        return Invariant.of(
                transientFaults
                        ? "dead letters: none from a transient fault, " + window
                        : "dead letters: none from any other fault, " + window,
                inWindow.size(),
                broken);
    }

    static boolean isTransient(String error) {
        return TRANSIENT.matcher(Objects.requireNonNullElse(error, "")).find();
    }

    private static long outboxRows(Snapshot snapshot) {
        return snapshot.outboxes().stream().mapToLong(Snapshot.Outbox::rows).sum();
    }
}
