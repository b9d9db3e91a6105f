package org.onlinemart.order.application;

/** The order service knows no price for the product (an unknown product, or one not priced yet). */
public class ProductNotForSaleException extends RuntimeException {

    public ProductNotForSaleException(long productId) {
        super("Product " + productId + " has no price (yet), so it cannot go into a cart");
    }
}
