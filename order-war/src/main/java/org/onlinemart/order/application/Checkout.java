package org.onlinemart.order.application;

import java.util.List;
import java.util.Optional;
import org.onlinemart.order.domain.CartLine;
import org.onlinemart.order.domain.Order;

/**
 * What POST /order starts from: the caller's cart lines and, when the Idempotency-Key was used before, the order it
 * placed.
 */
public record Checkout(List<CartLine> lines, Optional<Order> placed) {}
