package org.onlinemart.order.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.onlinemart.order.domain.Cart;
import org.onlinemart.order.domain.CartRepository;

@ApplicationScoped
public class JpaCartRepository implements CartRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Cart> findOfUser(long userId) {
        return Optional.ofNullable(entityManager.find(Cart.class, userId));
    }

    @Override
    public Optional<Cart> lockOfUser(long userId) {
        // SELECT ... FOR UPDATE on the cart row, then its lines, read afresh even if this transaction read the cart
        // before: what the last holder of the lock committed, not an older copy
        return Optional.ofNullable(entityManager.find(
                Cart.class, userId, LockModeType.PESSIMISTIC_WRITE, Map.of("eclipselink.refresh", "true")));
    }

    @Override
    public Cart openFor(long userId) {
        // the primary key decides: of two first adds racing, one inserts and the other waits for it, then finds it
        entityManager
                .createNativeQuery("INSERT INTO cart (user_id) VALUES (?1) ON CONFLICT (user_id) DO NOTHING")
                .setParameter(1, userId)
                .executeUpdate();
        return lockOfUser(userId).orElseThrow(() -> new IllegalStateException("cart of user " + userId + " vanished"));
    }
}
