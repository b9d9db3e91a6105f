package org.onlinemart.commons.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 and 409 for the exceptions application services throw. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<ResourceNotFoundException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ResourceNotFoundException e) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage(), uriInfo.getPath()).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ConflictException e) {
            return Problem.of(Response.Status.CONFLICT, e.getMessage(), uriInfo.getPath(), e.errors()).toResponse();
        }
    }
}
