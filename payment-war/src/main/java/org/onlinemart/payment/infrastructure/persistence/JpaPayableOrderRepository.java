package org.onlinemart.payment.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.onlinemart.payment.domain.PayableOrder;
import org.onlinemart.payment.domain.PayableOrderRepository;

@ApplicationScoped
public class JpaPayableOrderRepository implements PayableOrderRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<PayableOrder> findById(long orderId) {
        return Optional.ofNullable(entityManager.find(PayableOrder.class, orderId));
    }

    @Override
    public Optional<PayableOrder> lockById(long orderId) {
        return Optional.ofNullable(entityManager.find(PayableOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(PayableOrder order) {
        entityManager.persist(order);
    }
}
