package org.onlinemart.order.application;

import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderStatus;

/** Brings a new (PENDING) order into any status the way the saga would: through the business verbs, in order. */
final class OrderHistories {

    private OrderHistories() {}

    static Order moveTo(Order order, OrderStatus status) {
        switch (status) {
            case PENDING -> {}
            case CONFIRMED -> order.confirm();
            case REJECTED -> order.reject();
            case CANCELLED -> order.cancel();
            case PAID -> {
                order.confirm();
                order.markPaid();
            }
            case REFUNDED -> {
                order.confirm();
                order.markPaid();
                order.refund();
            }
        }
        return order;
    }
}
