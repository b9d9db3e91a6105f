package org.onlinemart.order.application;

import org.onlinemart.commons.problem.ResourceNotFoundException;

/**
 * The order service knows no price for the product (an unknown product, or one not priced yet): a 404 naming
 * product_id.
 */
public class ProductNotForSaleException extends ResourceNotFoundException {

    public ProductNotForSaleException(long productId) {
        super("product_id", "Product " + productId + " has no price (yet), so it cannot go into a cart");
    }
}
