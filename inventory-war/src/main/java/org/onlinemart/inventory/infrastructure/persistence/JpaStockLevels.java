package org.onlinemart.inventory.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.onlinemart.inventory.domain.StockLevels;

@ApplicationScoped
public class JpaStockLevels implements StockLevels {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Map<Long, Integer> lockAvailable(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        // PostgreSQL locks the rows as the sort hands them over, so in product id order
        String ids = IntStream.rangeClosed(1, productIds.size())
                .mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        Query lock = entityManager.createNativeQuery("SELECT product_id, available FROM inventory_item"
                + " WHERE product_id IN (" + ids + ") ORDER BY product_id FOR UPDATE");
        int position = 1;
        for (long productId : productIds) {
            lock.setParameter(position++, productId);
        }
        return rows(lock).stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).intValue()));
    }

    @Override
    public OptionalInt take(long productId, int quantity) {
        // the condition, not the caller's earlier read, guarantees that stock never goes below zero
        List<?> available = entityManager
                .createNativeQuery("""
                        UPDATE inventory_item SET available = available - ?1, updated_at = now()
                        WHERE product_id = ?2 AND available >= ?3 RETURNING available""")
                .setParameter(1, quantity)
                .setParameter(2, productId)
                .setParameter(3, quantity)
                .getResultList();
        return available.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) available.get(0)).intValue());
    }

    @Override
    public int giveBack(long productId, int quantity) {
        List<?> available = entityManager
                .createNativeQuery("""
                        UPDATE inventory_item SET available = available + ?2, updated_at = now()
                        WHERE product_id = ?1 RETURNING available""")
                .setParameter(1, productId)
                .setParameter(2, quantity)
                .getResultList();
        if (available.isEmpty()) {
            throw new IllegalStateException("no inventory item of product " + productId + " to give stock back to");
        }
        return ((Number) available.get(0)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
