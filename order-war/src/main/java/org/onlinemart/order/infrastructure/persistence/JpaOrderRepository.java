package org.onlinemart.order.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
import org.onlinemart.commons.persistence.UniqueViolation;
import org.onlinemart.order.domain.Order;
import org.onlinemart.order.domain.OrderRepository;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean add(Order order) {
        return UniqueViolation.persistUnlessDuplicate(entityManager, order);
    }

    @Override
    public Optional<Order> findById(long id) {
        return Optional.ofNullable(entityManager.find(Order.class, id));
    }

    @Override
    public Optional<Order> lockById(long id) {
        return Optional.ofNullable(entityManager.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Order> lockConfirmedBefore(Instant cutoff, int limit) {
        List<?> ids = entityManager
                .createNativeQuery("""
                        SELECT id FROM customer_order WHERE status = 'CONFIRMED' AND NOT payment_in_progress AND updated_at < ?1
                        ORDER BY updated_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        // already locked by this transaction: the finds read them without waiting
        return ids.stream()
                .map(id -> entityManager.find(Order.class, ((Number) id).longValue()))
                .toList();
    }

    @Override
    public List<Order> lockPendingUnanswered(Instant placedBefore, Instant askedBefore, int limit) {
        List<?> ids = entityManager
                .createNativeQuery("""
                        SELECT id FROM customer_order
                        WHERE status = 'PENDING' AND created_at < ?1 AND (reconciled_at IS NULL OR reconciled_at < ?2)
                        ORDER BY created_at LIMIT ?3 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, OffsetDateTime.ofInstant(placedBefore, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(askedBefore, ZoneOffset.UTC))
                .setParameter(3, limit)
                .getResultList();
        return ids.stream()
                .map(id -> entityManager.find(Order.class, ((Number) id).longValue()))
                .toList();
    }

    @Override
    public Optional<Order> findByIdempotencyKey(long userId, String idempotencyKey) {
        return entityManager
                .createQuery(
                        "SELECT o FROM CustomerOrder o WHERE o.userId = :userId AND o.idempotencyKey = :key",
                        Order.class)
                .setParameter("userId", userId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Order> pageOfUser(long userId, PageRequest page) {
        return JpaPages.page(
                withLines(entityManager
                        .createQuery(
                                "SELECT o FROM CustomerOrder o WHERE o.userId = :userId"
                                        + " ORDER BY o.createdAt DESC, o.id DESC",
                                Order.class)
                        .setParameter("userId", userId)),
                entityManager
                        .createQuery("SELECT COUNT(o) FROM CustomerOrder o WHERE o.userId = :userId", Long.class)
                        .setParameter("userId", userId),
                page);
    }

    @Override
    public Page<Order> page(PageRequest page) {
        return JpaPages.page(
                withLines(entityManager.createQuery(
                        "SELECT o FROM CustomerOrder o ORDER BY o.createdAt DESC, o.id DESC", Order.class)),
                entityManager.createQuery("SELECT COUNT(o) FROM CustomerOrder o", Long.class),
                page);
    }

    /** The page's lines in one IN query instead of one query per order. */
    private static TypedQuery<Order> withLines(TypedQuery<Order> orders) {
        return orders.setHint("eclipselink.batch", "o.lines").setHint("eclipselink.batch.type", "IN");
    }
}
