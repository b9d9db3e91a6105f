package org.onlinemart.product.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import org.onlinemart.product.application.CatalogEntry;
import org.onlinemart.product.domain.Product;

/** A product with its current price: null (not left out) while it has none. */
public record ProductResponse(
        long productId,
        String productName,
        long categoryId,
        String categoryName,
        String description,
        @JsonbNillable BigDecimal price,
        Instant createdAt) {

    static ProductResponse from(Product product) {
        return new ProductResponse(
                product.id(),
                product.name(),
                product.category().id(),
                product.category().name(),
                product.description(),
                null,
                product.createdAt());
    }

    static ProductResponse from(CatalogEntry entry) {
        Product product = entry.product();
        return new ProductResponse(
                product.id(),
                product.name(),
                product.category().id(),
                product.category().name(),
                product.description(),
                entry.price(),
                product.createdAt());
    }
}
