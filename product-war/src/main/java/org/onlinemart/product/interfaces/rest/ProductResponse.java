package org.onlinemart.product.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.product.domain.CatalogEntry;
import org.onlinemart.product.domain.Product;

/** A product with its current price: null (not left out) while it has none. */
public record ProductResponse(
        @Schema(examples = "7") long productId,
        @Schema(examples = "Espresso beans 1 kg") String productName,
        @Schema(examples = "3") long categoryId,
        @Schema(examples = "Coffee") String categoryName,
        @Schema(examples = "Dark roast, whole beans") String description,

        @JsonbNillable @Schema(description = "The current price; null while the product has none", examples = "19.99")
        BigDecimal price,

        @Schema(examples = "2026-01-10T08:30:00Z") Instant createdAt) {

    /** A product just created: it has no price yet. */
    static ProductResponse from(Product product) {
        return from(CatalogEntry.of(product, null));
    }

    static ProductResponse from(CatalogEntry entry) {
        return new ProductResponse(
                entry.productId(),
                entry.productName(),
                entry.categoryId(),
                entry.categoryName(),
                entry.description(),
                entry.price(),
                entry.createdAt());
    }
}
