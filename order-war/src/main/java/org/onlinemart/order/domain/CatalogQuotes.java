package org.onlinemart.order.domain;

import java.util.Set;
import java.util.UUID;

/** Asks product and inventory, now, for the names, prices and stock of some products. */
public interface CatalogQuotes {

    /**
     * @param correlationId the id of the order being placed, which both services' log lines about it show
     * @return what both services answered; a product either does not know, or without a price, is left out
     */
    Quote quote(Set<Long> productIds, UUID correlationId);
}
