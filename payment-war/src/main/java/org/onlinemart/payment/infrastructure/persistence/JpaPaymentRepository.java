package org.onlinemart.payment.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
import org.onlinemart.commons.persistence.UniqueViolation;
import org.onlinemart.payment.domain.Payment;
import org.onlinemart.payment.domain.PaymentRepository;

@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean add(Payment payment) {
        return UniqueViolation.persistUnlessDuplicate(entityManager, payment);
    }

    @Override
    public Optional<Payment> findById(long id) {
        return Optional.ofNullable(entityManager.find(Payment.class, id));
    }

    @Override
    public Optional<Payment> lockById(long id) {
        return Optional.ofNullable(entityManager.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Payment> findByIdempotencyKey(long userId, String idempotencyKey) {
        return entityManager
                .createQuery(
                        "SELECT p FROM Payment p WHERE p.userId = :userId AND p.idempotencyKey = :key", Payment.class)
                .setParameter("userId", userId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Payment> lockSucceededOfOrder(long orderId) {
        return lockedIds(entityManager
                        .createNativeQuery(
                                "SELECT id FROM payment WHERE order_id = ?1 AND status = 'SUCCEEDED' FOR UPDATE")
                        .setParameter(1, orderId)
                        .getResultList())
                .stream()
                .findFirst();
    }

    @Override
    public List<Payment> lockUnfinishedBefore(Instant cutoff, int limit) {
        return lockedIds(entityManager
                .createNativeQuery("""
                        SELECT id FROM payment
                        WHERE status = 'REFUNDING' OR (status = 'PENDING' AND updated_at < ?1)
                        ORDER BY updated_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList());
    }

    /** Rows this transaction has locked already: the finds read them without waiting. */
    private List<Payment> lockedIds(List<?> ids) {
        return ids.stream()
                .map(id -> entityManager.find(Payment.class, ((Number) id).longValue()))
                .toList();
    }

    @Override
    public Page<Payment> pageOfUser(long userId, PageRequest page) {
        return JpaPages.page(
                entityManager
                        .createQuery(
                                "SELECT p FROM Payment p WHERE p.userId = :userId ORDER BY p.createdAt DESC, p.id DESC",
                                Payment.class)
                        .setParameter("userId", userId),
                entityManager
                        .createQuery("SELECT COUNT(p) FROM Payment p WHERE p.userId = :userId", Long.class)
                        .setParameter("userId", userId),
                page);
    }

    @Override
    public Page<Payment> page(PageRequest page) {
        return JpaPages.page(
                entityManager.createQuery(
                        "SELECT p FROM Payment p ORDER BY p.createdAt DESC, p.id DESC", Payment.class),
                entityManager.createQuery("SELECT COUNT(p) FROM Payment p", Long.class),
                page);
    }
}
