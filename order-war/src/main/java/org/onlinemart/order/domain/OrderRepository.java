package org.onlinemart.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface OrderRepository {

    /** Stores a new order; false if the user already has an order with its idempotency key. */
    boolean add(Order order);

    Optional<Order> findById(long id);

    /** The order, its row locked until the transaction ends: for every change of its status. */
    Optional<Order> lockById(long id);

    /**
     * CONFIRMED orders last changed (that is, confirmed) before {@code cutoff} with no payment in progress, oldest
     * first, locked; rows another transaction holds are skipped rather than waited for.
     */
    List<Order> lockConfirmedBefore(Instant cutoff, int limit);

    /**
     * PENDING orders placed before {@code placedBefore} whose inventory was not asked again since
     * {@code askedBefore}, oldest first, locked; rows another transaction holds are skipped rather than waited for.
     */
    List<Order> lockPendingUnanswered(Instant placedBefore, Instant askedBefore, int limit);

    Optional<Order> findByIdempotencyKey(long userId, String idempotencyKey);

    /** One user's orders, newest first. */
    Page<Order> pageOfUser(long userId, PageRequest page);

    /** Everyone's orders, newest first. */
    Page<Order> page(PageRequest page);
}
