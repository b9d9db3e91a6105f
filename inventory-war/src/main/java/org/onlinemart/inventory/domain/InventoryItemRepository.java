package org.onlinemart.inventory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface InventoryItemRepository {

    /** Stores the item unless its product has one already; false when it had. */
    boolean addIfAbsent(InventoryItem item);

    Optional<InventoryItem> findByProductId(long productId);

    /** The item, its row locked until the transaction ends: for changes of what is available. */
    Optional<InventoryItem> lockByProductId(long productId);

    /** The items of those products that inventory knows. */
    List<InventoryItem> findByProductIds(Collection<Long> productIds);

    /** Items in product id order. */
    Page<InventoryItem> list(PageRequest page);
}
