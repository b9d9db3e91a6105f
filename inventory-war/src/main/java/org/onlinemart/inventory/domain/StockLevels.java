package org.onlinemart.inventory.domain;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The available quantities of inventory items, as reservations change them: by conditional statements on the
 * rows, never through managed {@link InventoryItem}s, which would write back what they read before.
 */
public interface StockLevels {

    /**
     * What is available of those products inventory knows, their rows locked in ascending product id order (so
     * that concurrent orders sharing products queue instead of deadlocking) until the transaction ends.
     */
    Map<Long, Integer> lockAvailable(Collection<Long> productIds);

    /** Takes the quantity unless less is available: the product's new availability, or empty when nothing was taken. */
    OptionalInt take(long productId, int quantity);

    /** Gives the quantity back: the product's new availability. */
    int giveBack(long productId, int quantity);
}
