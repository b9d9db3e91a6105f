package org.onlinemart.commons.problem;

import java.util.List;

/** The request is well formed but clashes with the current state (a duplicate, short stock): a 409. */
public class ConflictException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public ConflictException(String detail) {
        this(detail, List.of());
    }

    public ConflictException(String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
