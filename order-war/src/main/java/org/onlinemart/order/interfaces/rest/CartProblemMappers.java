package org.onlinemart.order.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.order.application.ProductNotForSaleException;
import org.onlinemart.order.domain.CartLimitExceededException;
import org.onlinemart.order.domain.ProductNotInCartException;

/** The cart's refusals as problems naming the request field at fault, like every other 4xx. */
public final class CartProblemMappers {

    private CartProblemMappers() {
    }

    private static Response problem(Response.Status status, String field, RuntimeException e, UriInfo uriInfo) {
        return Problem.of(status, e.getMessage(), uriInfo.getPath(),
                List.of(new Problem.FieldError(field, e.getMessage()))).toResponse();
    }

    @Provider
    public static class LimitExceeded implements ExceptionMapper<CartLimitExceededException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(CartLimitExceededException e) {
            return problem(Response.Status.CONFLICT, e.field(), e, uriInfo);
        }
    }

    @Provider
    public static class NotInCart implements ExceptionMapper<ProductNotInCartException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ProductNotInCartException e) {
            return problem(Response.Status.NOT_FOUND, "product_id", e, uriInfo);
        }
    }

    @Provider
    public static class NotForSale implements ExceptionMapper<ProductNotForSaleException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ProductNotForSaleException e) {
            return problem(Response.Status.NOT_FOUND, "product_id", e, uriInfo);
        }
    }
}
