package org.onlinemart.commons.problem;

import java.util.List;

/** The thing a request names does not exist (or is not the caller's to see): a 404. */
public class ResourceNotFoundException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public ResourceNotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.errors = List.of();
    }

    /** A 404 that also names the request field holding what was not found. */
    protected ResourceNotFoundException(String field, String detail) {
        super(detail);
        this.errors = List.of(new Problem.FieldError(field, detail));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
