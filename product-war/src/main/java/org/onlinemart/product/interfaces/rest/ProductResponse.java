package org.onlinemart.product.interfaces.rest;

import java.time.Instant;
import org.onlinemart.product.domain.Product;

public record ProductResponse(long productId, String productName, long categoryId, String description,
                              Instant createdAt) {

    static ProductResponse from(Product product) {
        return new ProductResponse(product.id(), product.name(), product.category().id(), product.description(),
                product.createdAt());
    }
}
