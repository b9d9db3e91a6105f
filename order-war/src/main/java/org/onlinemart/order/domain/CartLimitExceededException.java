package org.onlinemart.order.domain;

/**
 * A change would take a cart past one of its limits (the stock, units per product, products per cart); nothing
 * was changed. Names the request field at fault as clients write it.
 */
public class CartLimitExceededException extends RuntimeException {

    private final String field;

    public CartLimitExceededException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
