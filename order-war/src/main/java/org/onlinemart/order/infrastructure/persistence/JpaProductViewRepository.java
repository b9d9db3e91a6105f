package org.onlinemart.order.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.onlinemart.order.domain.ProductView;
import org.onlinemart.order.domain.ProductViewRepository;

/** Upserts that let the database decide, row by row, whether an event is newer than the view. */
@ApplicationScoped
public class JpaProductViewRepository implements ProductViewRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean applyPrice(
            long productId, String productName, BigDecimal price, Instant effectiveAt, Instant announcedAt) {
        return entityManager
                        .createNativeQuery("""
                        INSERT INTO product_view AS v
                            (product_id, product_name, price, price_effective_at, price_event_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (product_id) DO UPDATE SET product_name = EXCLUDED.product_name,
                            price = EXCLUDED.price, price_effective_at = EXCLUDED.price_effective_at,
                            price_event_at = EXCLUDED.price_event_at, updated_at = now()
                        WHERE v.price_event_at IS NULL
                           OR (v.price_effective_at, v.price_event_at)
                              < (EXCLUDED.price_effective_at, EXCLUDED.price_event_at)""")
                        .setParameter(1, productId)
                        .setParameter(2, productName)
                        .setParameter(3, price)
                        .setParameter(4, Timestamp.from(effectiveAt))
                        .setParameter(5, Timestamp.from(announcedAt))
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean applyStock(long productId, int available, Instant announcedAt) {
        return entityManager
                        .createNativeQuery("""
                        INSERT INTO product_view AS v (product_id, available, stock_event_at)
                        VALUES (?1, ?2, ?3)
                        ON CONFLICT (product_id) DO UPDATE SET available = EXCLUDED.available,
                            stock_event_at = EXCLUDED.stock_event_at, updated_at = now()
                        WHERE v.stock_event_at IS NULL OR v.stock_event_at < EXCLUDED.stock_event_at""")
                        .setParameter(1, productId)
                        .setParameter(2, available)
                        .setParameter(3, Timestamp.from(announcedAt))
                        .executeUpdate()
                == 1;
    }

    @Override
    public Optional<ProductView> find(long productId) {
        return Optional.ofNullable(entityManager.find(ProductView.class, productId));
    }

    @Override
    public List<ProductView> findAll(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery("SELECT v FROM ProductView v WHERE v.productId IN :ids", ProductView.class)
                .setParameter("ids", productIds)
                .getResultList();
    }
}
