package it.onlinemart.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import it.onlinemart.messaging.TopicTail;
import java.util.ArrayList;
import java.util.List;

/**
 * What the order service publishes on order_notification (the notification service's input) from the moment
 * this is opened on: open it before acting. Use it from one thread.
 */
final class OrderNotifications implements AutoCloseable {

    private final TopicTail tail = new TopicTail("order_notification");
    private final List<JsonPath> read = new ArrayList<>();

    /** Waits until the order's notifications carry exactly these statuses, in this order; returns them. */
    List<JsonPath> awaitStatuses(long orderId, String... statuses) {
        await().atMost(Orders.SAGA).pollInSameThread().untilAsserted(() -> {
            tail.pollJson().forEach(event -> read.add(event.json()));
            assertEquals(
                    List.of(statuses),
                    of(orderId).stream().map(event -> event.getString("status")).toList(),
                    "statuses notified for order " + orderId);
        });
        return of(orderId);
    }

    private List<JsonPath> of(long orderId) {
        return read.stream()
                .filter(event -> event.getLong("order_id") == orderId)
                .toList();
    }

    @Override
    public void close() {
        tail.close();
    }
}
