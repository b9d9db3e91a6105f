package org.onlinemart.inventory.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
import org.onlinemart.inventory.domain.InventoryItem;
import org.onlinemart.inventory.domain.InventoryItemRepository;

@ApplicationScoped
public class JpaInventoryItemRepository implements InventoryItemRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean addIfAbsent(InventoryItem item) {
        // the primary key decides, so two deliveries racing cannot both insert
        return entityManager
                        .createNativeQuery("""
                        INSERT INTO inventory_item (product_id, product_name, description, available)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT (product_id) DO NOTHING""")
                        .setParameter(1, item.productId())
                        .setParameter(2, item.productName())
                        .setParameter(3, item.description())
                        .setParameter(4, item.available())
                        .executeUpdate()
                == 1;
    }

    @Override
    public Optional<InventoryItem> findByProductId(long productId) {
        return Optional.ofNullable(entityManager.find(InventoryItem.class, productId));
    }

    @Override
    public Optional<InventoryItem> lockByProductId(long productId) {
        // SELECT ... FOR UPDATE: a concurrent change of this item waits for our commit
        return Optional.ofNullable(entityManager.find(InventoryItem.class, productId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<InventoryItem> findByProductIds(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery("SELECT i FROM InventoryItem i WHERE i.productId IN :ids", InventoryItem.class)
                .setParameter("ids", productIds)
                .getResultList();
    }

    @Override
    public Page<InventoryItem> list(PageRequest page) {
        return JpaPages.page(
                entityManager.createQuery("SELECT i FROM InventoryItem i ORDER BY i.productId", InventoryItem.class),
                entityManager.createQuery("SELECT COUNT(i) FROM InventoryItem i", Long.class),
                page);
    }
}
