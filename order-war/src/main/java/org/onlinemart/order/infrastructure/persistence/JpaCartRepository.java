package org.onlinemart.order.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onlinemart.order.domain.Cart;
import org.onlinemart.order.domain.CartLineWithProduct;
import org.onlinemart.order.domain.CartRepository;

@ApplicationScoped
public class JpaCartRepository implements CartRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Cart> findOfUser(long userId) {
        return Optional.ofNullable(entityManager.find(Cart.class, userId));
    }

    /** One statement for GET /view-cart, where the entities take three (the cart, its lines, their products). */
    @Override
    public List<CartLineWithProduct> linesWithProductsOf(long userId) {
        List<?> rows =
                entityManager.createNativeQuery("""
                        SELECT cl.product_id, cl.quantity, pv.product_name, pv.price
                        FROM cart_line cl LEFT JOIN product_view pv ON pv.product_id = cl.product_id
                        WHERE cl.user_id = ?1
                        ORDER BY cl.product_id""").setParameter(1, userId).getResultList();
        return rows.stream().map(row -> lineWithProduct((Object[]) row)).toList();
    }

    private static CartLineWithProduct lineWithProduct(Object[] row) {
        return new CartLineWithProduct(
                ((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2], (BigDecimal) row[3]);
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
