package org.onlinemart.order.domain;

/** A change names a product the cart does not hold; nothing was changed. */
public class ProductNotInCartException extends RuntimeException {

    private final long productId;

    public ProductNotInCartException(long productId) {
        super("Product " + productId + " is not in the cart");
        this.productId = productId;
    }

    public long productId() {
        return productId;
    }
}
