package org.onlinemart.commons.logging;

import java.util.UUID;
import org.onlinemart.commons.events.OrderEvent;

/**
 * The order and correlation id a saga log line is about, rendered alike in every service: {@code order=155
 * correlation=5b1e...} with the full UUID, and {@code -} for either one not known (a get_product_details request
 * comes before its order; an event of an older producer has no correlation id). {@code grep "order=155 "} then
 * finds one order's whole path, and its correlation id also finds the requests made before the order was.
 */
public record OrderTrail(Long orderId, UUID correlationId) {

    private static final String UNKNOWN = "-";

    public static OrderTrail of(long orderId, UUID correlationId) {
        return new OrderTrail(orderId, correlationId);
    }

    public static OrderTrail of(OrderEvent event) {
        return new OrderTrail(event.orderId(), event.correlationId());
    }

    /** A request made while the order was being placed, before it had an id. */
    public static OrderTrail beforeOrder(UUID correlationId) {
        return new OrderTrail(null, correlationId);
    }

    @Override
    public String toString() {
        return "order=" + (orderId == null ? UNKNOWN : orderId) + " correlation="
                + (correlationId == null ? UNKNOWN : correlationId);
    }
}
