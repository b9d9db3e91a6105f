package org.onlinemart.product.application;

import java.math.BigDecimal;
import java.time.Instant;

/** Sets a product's price from {@code effectiveDate} on (null: from now). */
public record NewPrice(long productId, BigDecimal price, Instant effectiveDate) {}
