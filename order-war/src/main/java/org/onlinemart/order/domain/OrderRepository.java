package org.onlinemart.order.domain;

import java.util.List;
import java.util.Optional;

public interface OrderRepository {

    /** Stores a new order; false if the user already has an order with its idempotency key. */
    boolean add(Order order);

    Optional<Order> findById(long id);

    Optional<Order> findByIdempotencyKey(long userId, String idempotencyKey);

    /** One user's orders, newest first. */
    List<Order> pageOfUser(long userId, int offset, int limit);

    long countOfUser(long userId);

    /** Everyone's orders, newest first. */
    List<Order> page(int offset, int limit);

    long count();
}
