package org.onlinemart.commons.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer. {@code errors} names the fields that were
 * wrong; {@code shortages} (an extension member) says, per product, how much was asked and how much there is.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        List<StockShortage> shortages) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Which request field was wrong, by its JSON name, and why. */
    public record FieldError(String field, String message) {}

    public static Problem of(Response.StatusType status, String detail, String instance) {
        return of(status, detail, instance, null);
    }

    public static Problem of(Response.StatusType status, String detail, String instance, List<FieldError> errors) {
        return new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                instance,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors),
                null);
    }

    /** This problem, listing the products there is too little of. */
    public Problem withShortages(List<StockShortage> shortages) {
        return new Problem(
                type,
                title,
                status,
                detail,
                instance,
                errors,
                shortages == null || shortages.isEmpty() ? null : List.copyOf(shortages));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
