package org.onlinemart.inventory.interfaces.rest;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.problem.ProblemMapper;
import org.onlinemart.inventory.domain.InvalidStockInException;

/** The answers to inventory's broken rules, naming the request fields as clients write them. */
public final class InventoryProblemMappers {

    private InventoryProblemMappers() {}

    /** 400 naming the stock-in field at fault. */
    @Provider
    public static class InvalidStockIn extends ProblemMapper<InvalidStockInException> {

        @Override
        protected Problem problem(InvalidStockInException e, String instance) {
            String field = switch (e.attribute()) {
                case QUANTITY -> "quantity";
                case COST -> "cost";
                case EXPIRY_DATE -> "expiry_date";
            };
            return Problem.of(
                    Status.BAD_REQUEST,
                    "The stock-in has an invalid field",
                    instance,
                    List.of(new Problem.FieldError(field, e.getMessage())));
        }
    }
}
