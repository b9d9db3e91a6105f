package org.onlinemart.commons.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onlinemart.commons.rest.JsonNames;

/**
 * A body that is not JSON, or JSON with a value of the wrong type: 400, naming the field when the JSON-B
 * message does. Only our own wording reaches the client, never the parser's internals.
 */
public final class MalformedRequestMappers {

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]*)'?");

    private MalformedRequestMappers() {}

    static Problem problemFor(Throwable failure, String path) {
        String field = null;
        boolean notJson = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WebApplicationException tooLarge
                    && tooLarge.getResponse().getStatus() == 413) {
                // the size limit stopped the body while the JSON reader was reading it
                return Problem.of(
                        Response.Status.REQUEST_ENTITY_TOO_LARGE, "The request body is larger than 1 MiB", path);
            }
            notJson |= t instanceof JsonParsingException;
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (field == null && property.find()) {
                field = JsonNames.snakeCase(property.group(1));
            }
        }
        if (notJson || field == null) {
            return Problem.of(
                    Response.Status.BAD_REQUEST,
                    "The request body is not valid JSON",
                    path,
                    List.of(new Problem.FieldError(field == null ? "body" : field, "malformed JSON")));
        }
        return Problem.of(
                Response.Status.BAD_REQUEST,
                "A field has a value of the wrong type",
                path,
                List.of(new Problem.FieldError(field, "wrong type or format")));
    }

    @Provider
    public static class Processing extends ProblemMapper<ProcessingException> {

        @Override
        protected Problem problem(ProcessingException e, String instance) {
            return problemFor(e, instance);
        }
    }

    @Provider
    public static class Jsonb extends ProblemMapper<JsonbException> {

        @Override
        protected Problem problem(JsonbException e, String instance) {
            return problemFor(e, instance);
        }
    }
}
