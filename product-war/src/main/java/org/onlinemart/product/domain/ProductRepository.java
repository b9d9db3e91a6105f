package org.onlinemart.product.domain;

import java.time.Instant;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface ProductRepository {

    void add(Product product);

    /** The product as the shop shows it, priced as of {@code now} (the current price's rule is {@link ProductPrice}'s). */
    Optional<CatalogEntry> entryOf(long id, Instant now);

    /** The product, locked until the transaction ends: its prices change one transaction at a time. */
    Optional<Product> lockById(long id);

    /** A page of products in id order. */
    Page<Product> list(PageRequest page);
}
