package org.onlinemart.commons.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.onlinemart.commons.rest.JsonNames;

/** Bean Validation failures on a request: 400 naming each field as the client wrote it (snake_case). */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

    @Override
    protected Problem problem(ConstraintViolationException e, String instance) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields", instance, errors);
    }

    /** The last named node of the path: a body property, or a query or path parameter. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.METHOD) {
                name = node.getName();
            }
        }
        return name == null ? "body" : JsonNames.snakeCase(name);
    }
}
