package org.onlinemart.order.interfaces.rest;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.problem.ProblemMapper;
import org.onlinemart.order.application.StockShortageException;
import org.onlinemart.order.domain.CartLimitExceededException;
import org.onlinemart.order.domain.ProductNotInCartException;

/** The answers to the cart's and the order's broken rules, naming the request fields as clients write them. */
public final class OrderProblemMappers {

    private OrderProblemMappers() {}

    /** 409 naming product_id for a cart that is full, quantity for too many units. */
    @Provider
    public static class CartLimitExceeded extends ProblemMapper<CartLimitExceededException> {

        @Override
        protected Problem problem(CartLimitExceededException e, String instance) {
            String field = e.limit() == CartLimitExceededException.Limit.PRODUCTS_PER_CART ? "product_id" : "quantity";
            return Problem.of(
                    Status.CONFLICT, e.getMessage(), instance, List.of(new Problem.FieldError(field, e.getMessage())));
        }
    }

    /** 404 naming product_id. */
    @Provider
    public static class ProductNotInCart extends ProblemMapper<ProductNotInCartException> {

        @Override
        protected Problem problem(ProductNotInCartException e, String instance) {
            return Problem.of(
                    Status.NOT_FOUND,
                    e.getMessage(),
                    instance,
                    List.of(new Problem.FieldError("product_id", e.getMessage())));
        }
    }

    /** 409 whose extension member {@code shortages} says, per product, what was asked for and what there is. */
    @Provider
    public static class StockShortage extends ProblemMapper<StockShortageException> {

        public record Shortage(long productId, int requested, int available) {}

        @Override
        protected Problem problem(StockShortageException e, String instance) {
            return Problem.of(Status.CONFLICT, e.getMessage(), instance)
                    .with(
                            "shortages",
                            e.shortages().stream()
                                    .map(s -> new Shortage(s.productId(), s.requested(), s.available()))
                                    .toList());
        }
    }
}
