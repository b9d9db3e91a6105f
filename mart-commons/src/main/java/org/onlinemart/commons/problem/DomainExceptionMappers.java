package org.onlinemart.commons.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 400, 404, 409 and 503 for the exceptions application services throw. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {}

    @Provider
    public static class NotFound implements ExceptionMapper<ResourceNotFoundException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ResourceNotFoundException e) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage(), uriInfo.getPath(), e.errors())
                    .toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ConflictException e) {
            Problem problem = Problem.of(Response.Status.CONFLICT, e.getMessage(), uriInfo.getPath(), e.errors());
            if (e instanceof StockShortageException shortage) {
                problem = problem.withShortages(shortage.shortages());
            }
            return problem.toResponse();
        }
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(InvalidRequestException e) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            e.detail(),
                            uriInfo.getPath(),
                            List.of(new Problem.FieldError(e.field(), e.getMessage())))
                    .toResponse();
        }
    }

    @Provider
    public static class Unavailable implements ExceptionMapper<ServiceUnavailableException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ServiceUnavailableException e) {
            long seconds = Math.max(1, e.retryAfter().toSeconds());
            return Response.fromResponse(
                            Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage(), uriInfo.getPath())
                                    .toResponse())
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build();
        }
    }
}
