package org.onlinemart.order.domain;

import java.math.BigDecimal;

/**
 * A cart line beside what the order service's view of its product says now: the name, or null for a product it has
 * not heard of, and the price, or null while the product has none.
 */
public record CartLineWithProduct(long productId, int quantity, String productName, BigDecimal price) {}
