package org.onlinemart.product.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
import org.onlinemart.product.domain.CatalogEntry;
import org.onlinemart.product.domain.Product;
import org.onlinemart.product.domain.ProductRepository;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void add(Product product) {
        entityManager.persist(product);
        entityManager.flush(); // assigns the id the outbox event carries
    }

    /**
     * One statement for GET /products/{id}, the catalog's busiest read: the product, its category and its current
     * price ({@link JpaProductPriceRepository#CURRENT_PRICE_FIRST}, found by the index product_price_latest), instead
     * of an entity query and a price query on two pooled connections.
     */
    @Override
    public Optional<CatalogEntry> entryOf(long id, Instant now) {
        List<?> rows = entityManager
                .createNativeQuery("""
                        SELECT p.id, p.name, c.id, c.name, p.description, current_price.price, p.created_at
                        FROM product p JOIN category c ON c.id = p.category_id
                        LEFT JOIN LATERAL (
                            SELECT pp.price FROM product_price pp
                            WHERE pp.product_id = p.id AND pp.effective_date <= CAST(?2 AS TIMESTAMPTZ)
                            ORDER BY %s
                            LIMIT 1) current_price ON TRUE
                        WHERE p.id = ?1""".formatted(JpaProductPriceRepository.CURRENT_PRICE_FIRST))
                .setParameter(1, id)
                .setParameter(2, now.toString())
                .getResultList();
        return rows.stream().map(row -> entry((Object[]) row)).findFirst();
    }

    private static CatalogEntry entry(Object[] row) {
        return new CatalogEntry(
                ((Number) row[0]).longValue(),
                (String) row[1],
                ((Number) row[2]).longValue(),
                (String) row[3],
                (String) row[4],
                (BigDecimal) row[5],
                ((Timestamp) row[6]).toInstant());
    }

    @Override
    public Optional<Product> lockById(long id) {
        return Optional.ofNullable(entityManager.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Page<Product> list(PageRequest page) {
        return JpaPages.page(
                entityManager.createQuery("SELECT p FROM Product p JOIN FETCH p.category ORDER BY p.id", Product.class),
                entityManager.createQuery("SELECT COUNT(p) FROM Product p", Long.class),
                page);
    }
}
