package org.onlinemart.inventory.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.inventory.domain.InvalidStockInException;

/** A stock-in the domain refuses: 400 naming the field, like a Bean Validation failure. */
@Provider
public class InvalidStockInMapper implements ExceptionMapper<InvalidStockInException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidStockInException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The stock-in has an invalid field", uriInfo.getPath(),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))).toResponse();
    }
}
