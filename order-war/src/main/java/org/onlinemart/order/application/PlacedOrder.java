package org.onlinemart.order.application;

import org.onlinemart.order.domain.Order;

/** The order a POST /order stands for; {@code replayed} when its Idempotency-Key had already placed it. */
public record PlacedOrder(Order order, boolean replayed) {}
