package org.onlinemart.product.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A product as the shop shows it: with its category and its current price, or a null price while it has none. */
public record CatalogEntry(
        long productId,
        String productName,
        long categoryId,
        String categoryName,
        String description,
        BigDecimal price,
        Instant createdAt) {

    public static CatalogEntry of(Product product, BigDecimal price) {
        return new CatalogEntry(
                product.id(),
                product.name(),
                product.category().id(),
                product.category().name(),
                product.description(),
                price,
                product.createdAt());
    }
}
