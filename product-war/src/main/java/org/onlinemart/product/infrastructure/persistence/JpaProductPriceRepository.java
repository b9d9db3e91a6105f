package org.onlinemart.product.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onlinemart.product.domain.CurrentPrice;
import org.onlinemart.product.domain.ProductPrice;
import org.onlinemart.product.domain.ProductPriceRepository;

/**
 * Native SQL picks the rows (DISTINCT ON, SKIP LOCKED); JPQL then loads them with their products. The read-only
 * current prices come in one native query, amounts and names only.
 */
@ApplicationScoped
public class JpaProductPriceRepository implements ProductPriceRepository {

    /** ProductPrice's rule in SQL, for a product's prices aliased pp: the current one first. */
    static final String CURRENT_PRICE_FIRST = "pp.effective_date DESC, pp.created_at DESC, pp.id DESC";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void add(ProductPrice price) {
        entityManager.persist(price);
        entityManager.flush(); // assigns the id the answer carries
    }

    @Override
    public Map<Long, ProductPrice> currentOf(Collection<Long> productIds, Instant now) {
        List<Object[]> rows = currentRows(productIds, now);
        return load(rows.stream().map(row -> row[0]).toList()).stream()
                .collect(Collectors.toMap(price -> price.product().id(), Function.identity()));
    }

    @Override
    public Map<Long, CurrentPrice> currentPricesOf(Collection<Long> productIds, Instant now) {
        return currentRows(productIds, now).stream()
                .map(row -> new CurrentPrice(((Number) row[1]).longValue(), (String) row[2], (BigDecimal) row[3]))
                .collect(Collectors.toMap(CurrentPrice::productId, Function.identity()));
    }

    /** Each product's current price as price id, product id, product name, amount. */
    private List<Object[]> currentRows(Collection<Long> productIds, Instant now) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager
                .createNativeQuery("""
                        SELECT DISTINCT ON (pp.product_id) pp.id, pp.product_id, p.name, pp.price
                        FROM product_price pp JOIN product p ON p.id = pp.product_id
                        WHERE pp.product_id = ANY (CAST(?1 AS BIGINT[])) AND pp.effective_date <= CAST(?2 AS TIMESTAMPTZ)
                        ORDER BY pp.product_id, %s""".formatted(CURRENT_PRICE_FIRST))
                .setParameter(1, arrayOf(productIds))
                .setParameter(2, now.toString())
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).toList();
    }

    @Override
    public List<ProductPrice> claimDueUnpublished(Instant now, int limit) {
        // locking the product too skips prices whose product a price change is holding right now
        List<?> ids = entityManager
                .createNativeQuery("""
                        SELECT pp.id FROM product_price pp JOIN product p ON p.id = pp.product_id
                        WHERE pp.published_at IS NULL AND pp.effective_date <= CAST(?1 AS TIMESTAMPTZ)
                        ORDER BY pp.effective_date, pp.id
                        LIMIT ?2
                        FOR UPDATE OF pp, p SKIP LOCKED""")
                .setParameter(1, now.toString())
                .setParameter(2, limit)
                .getResultList();
        return load(ids);
    }

    private List<ProductPrice> load(List<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> keys = ids.stream().map(id -> ((Number) id).longValue()).toList();
        return entityManager
                .createQuery(
                        "SELECT pp FROM ProductPrice pp JOIN FETCH pp.product WHERE pp.id IN :ids", ProductPrice.class)
                .setParameter("ids", keys)
                .getResultList();
    }

    private static String arrayOf(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
