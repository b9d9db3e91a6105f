package org.onlinemart.product.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import org.onlinemart.product.domain.ProductPrice;

public record PriceResponse(long priceId, long productId, BigDecimal price, Instant effectiveDate) {

    static PriceResponse from(ProductPrice price) {
        return new PriceResponse(price.id(), price.product().id(), price.price(), price.effectiveDate());
    }
}
