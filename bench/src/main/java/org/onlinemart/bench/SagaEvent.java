package org.onlinemart.bench;

import static org.onlinemart.bench.SeedStatus.CANCELLED;
import static org.onlinemart.bench.SeedStatus.PAID;
import static org.onlinemart.bench.SeedStatus.REFUNDED;
import static org.onlinemart.bench.SeedStatus.REJECTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One event of an order's saga as the services publish it (seen on a real order of each outcome): which orders it
 * belongs to by final status, the service whose outbox holds it, its topic and status, how long after the order was
 * placed, and whether it is published once per order line (inventory_data, one per product whose stock changed).
 */
record SagaEvent(Set<SeedStatus> of, String producer, String topic, String status, double seconds, boolean perLine) {

    private static final Set<SeedStatus> ALL = EnumSet.allOf(SeedStatus.class);
    private static final Set<SeedStatus> RESERVED = EnumSet.of(PAID, CANCELLED, REFUNDED);
    private static final Set<SeedStatus> CHARGED = EnumSet.of(PAID, REFUNDED);

    /** Placed, reserved or rejected, then paid and maybe refunded, or cancelled by the customer after 5 minutes. */
    static final List<SagaEvent> SAGA = List.of(
            new SagaEvent(ALL, "order", "inventory_deduction", "PENDING", 0, false),
            new SagaEvent(ALL, "order", "order_status", "PENDING", 0, false),
            new SagaEvent(ALL, "order", "order_notification", "PENDING", 0, false),
            new SagaEvent(EnumSet.of(REJECTED), "inventory", "inventory_deduction_result", "REJECTED", 0.02, false),
            new SagaEvent(RESERVED, "inventory", "inventory_deduction_result", "RESERVED", 0.02, false),
            new SagaEvent(RESERVED, "inventory", "inventory_data", "RESERVED", 0.02, true),
            new SagaEvent(EnumSet.of(REJECTED), "order", "order_status", "REJECTED", 0.05, false),
            new SagaEvent(EnumSet.of(REJECTED), "order", "order_notification", "REJECTED", 0.05, false),
            new SagaEvent(RESERVED, "order", "order_status", "CONFIRMED", 0.05, false),
            new SagaEvent(RESERVED, "order", "order_notification", "CONFIRMED", 0.05, false),
            new SagaEvent(CHARGED, "payment", "payment_status", "PENDING", 120, false),
            new SagaEvent(CHARGED, "payment", "payment_status", "SUCCEEDED", 120.1, false),
            new SagaEvent(CHARGED, "payment", "payment_notification", "SUCCEEDED", 120.1, false),
            new SagaEvent(CHARGED, "order", "order_status", "PAID", 120.2, false),
            new SagaEvent(CHARGED, "order", "order_notification", "PAID", 120.2, false),
            new SagaEvent(EnumSet.of(CANCELLED), "order", "inventory_release", "CANCELLED", 300, false),
            new SagaEvent(EnumSet.of(CANCELLED), "order", "order_status", "CANCELLED", 300, false),
            new SagaEvent(EnumSet.of(CANCELLED), "order", "order_notification", "CANCELLED", 300, false),
            new SagaEvent(EnumSet.of(CANCELLED), "inventory", "inventory_data", "RELEASED", 300.02, true),
            new SagaEvent(EnumSet.of(REFUNDED), "payment", "payment_status", "REFUNDED", 2400, false),
            new SagaEvent(EnumSet.of(REFUNDED), "payment", "payment_notification", "REFUNDED", 2400, false),
            new SagaEvent(EnumSet.of(REFUNDED), "order", "inventory_release", "REFUNDED", 2400.05, false),
            new SagaEvent(EnumSet.of(REFUNDED), "order", "order_status", "REFUNDED", 2400.05, false),
            new SagaEvent(EnumSet.of(REFUNDED), "order", "order_notification", "REFUNDED", 2400.05, false),
            new SagaEvent(EnumSet.of(REFUNDED), "inventory", "inventory_data", "RELEASED", 2400.07, true));

    /** Topic to the consumer that records it in its database's processed_event, and that database. */
    static final Map<String, Consumer> CONSUMERS = Map.of(
            "inventory_deduction", new Consumer("inventory", "inventory.stock-deduction-requested"),
            "inventory_release", new Consumer("inventory", "inventory.stock-release-requested"),
            "inventory_deduction_result", new Consumer("order", "order.stock-deduction-decided"),
            "inventory_data", new Consumer("order", "order.stock-level-changed"),
            "payment_status", new Consumer("order", "order.payment-status-changed"),
            "order_status", new Consumer("payment", "payment.order-status-changed"),
            "order_notification", new Consumer("notification", "notification.order-notification-raised"),
            "payment_notification", new Consumer("notification", "notification.payment-notification-raised"));

    record Consumer(String service, String name) {}

    /** The saga as a SQL VALUES list (final_statuses, producer, topic, status, seconds, per_line). */
    static String values() {
        return SAGA.stream()
                .map(event -> String.format(
                        Locale.ROOT,
                        "(%s, '%s', '%s', '%s', %s::float8, %s)",
                        SeedStatus.array(event.of().toArray(SeedStatus[]::new)),
                        event.producer(),
                        event.topic(),
                        event.status(),
                        event.seconds(),
                        event.perLine()))
                .collect(Collectors.joining(",\n", "(VALUES\n", ")"));
    }

    /** The consumers of one service as a SQL VALUES list (topic, consumer). */
    static String consumersOf(String service) {
        return CONSUMERS.entrySet().stream()
                .filter(entry -> entry.getValue().service().equals(service))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> "('" + entry.getKey() + "', '" + entry.getValue().name() + "')")
                .collect(Collectors.joining(", ", "(VALUES ", ")"));
    }

    /** How many rows of this topic one order of the status publishes, given its lines. */
    static long count(SeedStatus status, int lines, String topic) {
        return SAGA.stream()
                .filter(event -> event.of().contains(status) && event.topic().equals(topic))
                .mapToLong(event -> event.perLine() ? lines : 1)
                .sum();
    }
}
