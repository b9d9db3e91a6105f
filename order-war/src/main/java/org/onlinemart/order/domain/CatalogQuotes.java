package org.onlinemart.order.domain;

import java.util.Set;

/** Asks product and inventory, now, for the names, prices and stock of some products. */
public interface CatalogQuotes {

    /**
     * @return what both services answered; a product either does not know, or without a price, is left out
     */
    Quote quote(Set<Long> productIds);
}
