package org.onlinemart.order.domain;

import org.onlinemart.commons.problem.ResourceNotFoundException;

/** A change names a product the cart does not hold; nothing was changed: a 404 naming product_id. */
public class ProductNotInCartException extends ResourceNotFoundException {

    public ProductNotInCartException(long productId) {
        super("product_id", "Product " + productId + " is not in the cart");
    }
}
