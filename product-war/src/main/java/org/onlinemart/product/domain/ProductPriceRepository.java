package org.onlinemart.product.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

public interface ProductPriceRepository {

    void add(ProductPrice price);

    /** The current price of each of these products that has one at that instant, by product id. */
    Map<Long, ProductPrice> currentOf(Collection<Long> productIds, Instant now);

    /**
     * Locks and returns up to {@code limit} prices due by {@code now} and not announced yet, skipping
     * those of products another transaction holds, so that two instances never announce one twice.
     */
    List<ProductPrice> claimDueUnpublished(Instant now, int limit);
}
