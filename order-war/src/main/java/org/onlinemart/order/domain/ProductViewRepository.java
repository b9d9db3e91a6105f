package org.onlinemart.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The persisted price and stock views; every write keeps whichever data is newer. */
public interface ProductViewRepository {

    /**
     * Records a product's current price unless the view holds a newer one: newer means a later effective
     * date, or the same effective date announced later.
     *
     * @return false when the price was older than what the view holds (nothing changed)
     */
    boolean applyPrice(long productId, String productName, BigDecimal price, Instant effectiveAt, Instant announcedAt);

    /** @return false when the stock level was older than what the view holds (nothing changed) */
    boolean applyStock(long productId, int available, Instant announcedAt);

    Optional<ProductView> find(long productId);

    /** The views of those of the products the order service has heard of, in one query. */
    List<ProductView> findAll(Collection<Long> productIds);
}
