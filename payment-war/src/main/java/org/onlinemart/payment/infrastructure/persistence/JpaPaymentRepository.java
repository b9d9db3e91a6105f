package org.onlinemart.payment.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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
    public Optional<Payment> findByIdempotencyKey(long userId, String idempotencyKey) {
        return entityManager
                .createQuery(
                        "SELECT p FROM Payment p WHERE p.userId = :userId AND p.idempotencyKey = :key", Payment.class)
                .setParameter("userId", userId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }
}
