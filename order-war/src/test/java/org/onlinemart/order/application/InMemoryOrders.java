package org.onlinemart.order.application;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderRepository;
import org.onlinemart.order.domain.OrderStatus;

/** Orders in a map by id; a test runs on one thread, so locking one is just finding it. */
final class InMemoryOrders implements OrderRepository {

    final TreeMap<Long, Order> byId = new TreeMap<>();
    /** The cutoff the last {@link #lockConfirmedBefore} was asked for. */
    Instant askedCutoff;

    @Override
    public boolean add(Order order) {
        if (order.idempotencyKey() != null
                && findByIdempotencyKey(order.userId(), order.idempotencyKey()).isPresent()) {
            return false;
        }
        long id = byId.isEmpty() ? 1 : byId.lastKey() + 1;
        assignId(order, id);
        byId.put(id, order);
        return true;
    }

    /**
     * The one place that plays the database: the id is an IDENTITY column that JPA writes into the entity's
     * {@code id} field on insert, and Order offers no other way to set it.
     */
    private static void assignId(Order order, long id) {
        try {
            Field field = Order.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(order, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot assign an id to the order as JPA would", e);
        }
    }

    @Override
    public Optional<Order> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Order> lockById(long id) {
        return findById(id);
    }

    @Override
    public List<Order> lockConfirmedBefore(Instant cutoff, int limit) {
        askedCutoff = cutoff;
        return byId.values().stream()
                .filter(order -> order.status() == OrderStatus.CONFIRMED
                        && !order.isPaymentInProgress()
                        && order.updatedAt().isBefore(cutoff))
                .sorted(Comparator.comparing(Order::updatedAt).thenComparing(Order::id))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Order> lockPendingUnanswered(Instant placedBefore, Instant askedBefore, int limit) {
        return byId.values().stream()
                .filter(order -> order.status() == OrderStatus.PENDING
                        && order.createdAt().isBefore(placedBefore)
                        && (order.reconciledAt() == null || order.reconciledAt().isBefore(askedBefore)))
                .sorted(Comparator.comparing(Order::createdAt).thenComparing(Order::id))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Order> findByIdempotencyKey(long userId, String idempotencyKey) {
        return byId.values().stream()
                .filter(order -> order.isOwnedBy(userId) && idempotencyKey.equals(order.idempotencyKey()))
                .findFirst();
    }

    @Override
    public Page<Order> pageOfUser(long userId, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Order> page(PageRequest page) {
        throw new UnsupportedOperationException();
    }
}
