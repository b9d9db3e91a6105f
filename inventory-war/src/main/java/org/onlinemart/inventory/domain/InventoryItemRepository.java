package org.onlinemart.inventory.domain;

import java.util.Optional;

public interface InventoryItemRepository {

    /** Stores the item unless its product has one already; false when it had. */
    boolean addIfAbsent(InventoryItem item);

    Optional<InventoryItem> findByProductId(long productId);
}
