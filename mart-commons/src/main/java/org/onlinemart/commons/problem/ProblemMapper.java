package org.onlinemart.commons.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers one kind of exception with its problem+json: a subclass says which problem, this class adds the
 * request's path as {@code instance}. A service's own exceptions are mapped this way in its
 * {@code interfaces.rest} package, so that its domain need not know HTTP.
 */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(E exception) {
        return problem(exception, uriInfo.getPath()).toResponse();
    }

    /** The problem that answers the exception; {@code instance} is the request's path. */
    protected abstract Problem problem(E exception, String instance);
}
