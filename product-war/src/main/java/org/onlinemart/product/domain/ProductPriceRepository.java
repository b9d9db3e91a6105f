package org.onlinemart.product.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public interface ProductPriceRepository {

    void add(ProductPrice price);

    /** The current price of each of these products that has one at that instant, by product id. */
    Map<Long, ProductPrice> currentOf(Collection<Long> productIds, Instant now);

    /**
     * The same prices as {@link #currentOf}, as read only: for the reads that show or quote them, where a store
     * can answer in one query what the entities take two for.
     */
    default Map<Long, CurrentPrice> currentPricesOf(Collection<Long> productIds, Instant now) {
        return currentOf(productIds, now).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> new CurrentPrice(
                                entry.getKey(),
                                entry.getValue().product().name(),
                                entry.getValue().price())));
    }

    /**
     * Locks and returns up to {@code limit} prices due by {@code now} and not announced yet, skipping
     * those of products another transaction holds, so that two instances never announce one twice.
     */
    List<ProductPrice> claimDueUnpublished(Instant now, int limit);
}
