package org.onlinemart.product.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.product.domain.ProductPrice;

public record PriceResponse(
        @Schema(examples = "15") long priceId,
        @Schema(examples = "7") long productId,
        @Schema(examples = "19.99") BigDecimal price,
        @Schema(examples = "2026-01-01T00:00:00Z") Instant effectiveDate) {

    static PriceResponse from(ProductPrice price) {
        return new PriceResponse(price.id(), price.product().id(), price.price(), price.effectiveDate());
    }
}
