package org.onlinemart.commons.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 400, 404, 409, 429 and 503 for the exceptions application services throw. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {}

    @Provider
    public static class NotFound extends ProblemMapper<ResourceNotFoundException> {

        @Override
        protected Problem problem(ResourceNotFoundException e, String instance) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage(), instance, e.errors());
        }
    }

    @Provider
    public static class Conflict extends ProblemMapper<ConflictException> {

        @Override
        protected Problem problem(ConflictException e, String instance) {
            return Problem.of(Response.Status.CONFLICT, e.getMessage(), instance, e.errors());
        }
    }

    @Provider
    public static class InvalidRequest extends ProblemMapper<InvalidRequestException> {

        @Override
        protected Problem problem(InvalidRequestException e, String instance) {
            return Problem.of(
                    Response.Status.BAD_REQUEST,
                    e.detail(),
                    instance,
                    List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
    }

    @Provider
    public static class Unavailable extends ProblemMapper<ServiceUnavailableException> {

        @Override
        public Response toResponse(ServiceUnavailableException e) {
            long seconds = Math.max(1, e.retryAfter().toSeconds());
            return Response.fromResponse(super.toResponse(e))
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build();
        }

        @Override
        protected Problem problem(ServiceUnavailableException e, String instance) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage(), instance);
        }
    }

    @Provider
    public static class TooMany extends ProblemMapper<TooManyRequestsException> {

        @Override
        public Response toResponse(TooManyRequestsException e) {
            return Response.fromResponse(super.toResponse(e))
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                    .build();
        }

        @Override
        protected Problem problem(TooManyRequestsException e, String instance) {
            return Problem.of(Response.Status.TOO_MANY_REQUESTS, e.getMessage(), instance);
        }
    }
}
