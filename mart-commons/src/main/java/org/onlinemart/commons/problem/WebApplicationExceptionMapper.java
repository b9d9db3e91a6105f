package org.onlinemart.commons.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JAX-RS runtime's own errors (unknown path, wrong method or media type, unreadable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** How RESTEasy names a query parameter it could not convert (it answers 404 for those). */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"([^\"]+)\"\\)");

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 400 && causedByJson(e)) {
            return MalformedRequestMappers.problemFor(e, uriInfo.getPath()).toResponse();
        }
        Matcher queryParameter = QUERY_PARAMETER.matcher(String.valueOf(e.getMessage()));
        if (queryParameter.find()) {
            return Problem.of(
                            Response.Status.BAD_REQUEST,
                            "A query parameter has a value of the wrong type",
                            uriInfo.getPath(),
                            List.of(new Problem.FieldError(queryParameter.group(1), "wrong type or format")))
                    .toResponse();
        }
        Problem problem = Problem.of(status, detailFor(status), uriInfo.getPath());
        Response.ResponseBuilder response =
                Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE).entity(problem);
        return response.build();
    }

    private static boolean causedByJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    private static String detailFor(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "There is nothing at this path";
            case 405 -> "This path does not accept that method";
            case 406 -> "This path cannot answer in the requested media type";
            case 415 -> "This path does not accept that content type; send application/json";
            case 413 -> "The request body is larger than 1 MiB";
            default -> status.getReasonPhrase();
        };
    }
}
