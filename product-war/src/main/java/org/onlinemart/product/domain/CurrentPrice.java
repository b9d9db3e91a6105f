package org.onlinemart.product.domain;

import java.math.BigDecimal;

/** What a buyer sees of a product's current price: the amount, with the product's name. */
public record CurrentPrice(long productId, String productName, BigDecimal price) {}
