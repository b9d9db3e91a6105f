package org.onlinemart.order.domain;

import java.math.BigDecimal;

/**
 * A cart line beside what the order service's view of its product says now: the name, or null for a product it has
 * not heard of, and the price, or null while the product has none.
 */
public record CartLineWithProduct(long productId, int quantity, String productName, BigDecimal price) {

    /** @param product the line's product view, or null if there is none */
    public static CartLineWithProduct of(CartLine line, ProductView product) {
        return new CartLineWithProduct(
                line.productId(),
                line.quantity(),
                product == null ? null : product.productName(),
                product == null ? null : product.price());
    }
}
