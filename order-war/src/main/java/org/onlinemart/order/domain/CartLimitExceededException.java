package org.onlinemart.order.domain;

/** A change would take a cart past one of its limits; nothing was changed. */
public class CartLimitExceededException extends RuntimeException {

    /** Which limit the change would break. */
    public enum Limit {
        /** more units of a product than are available now */
        STOCK,
        /** more than {@link Cart#MAX_QUANTITY} units of one product */
        UNITS_PER_PRODUCT,
        /** more than {@link Cart#MAX_LINES} different products */
        PRODUCTS_PER_CART
    }

    private final Limit limit;

    public CartLimitExceededException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
