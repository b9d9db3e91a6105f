package org.onlinemart.order.domain;

/** An order was asked to move to a status its current one cannot lead to; nothing was changed. */
public class IllegalOrderTransitionException extends IllegalStateException {

    private final OrderStatus from;
    private final OrderStatus to;

    public IllegalOrderTransitionException(Long orderId, OrderStatus from, OrderStatus to) {
        super("Order " + orderId + " cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
