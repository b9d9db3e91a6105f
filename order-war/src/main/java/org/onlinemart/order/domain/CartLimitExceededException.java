package org.onlinemart.order.domain;

import java.util.List;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.Problem;

/**
 * A change would take a cart past one of its limits (the stock, units per product, products per cart); nothing
 * was changed. Names the request field at fault as clients write it: a 409.
 */
public class CartLimitExceededException extends ConflictException {

    private final String field;

    public CartLimitExceededException(String field, String message) {
        super(message, List.of(new Problem.FieldError(field, message)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
