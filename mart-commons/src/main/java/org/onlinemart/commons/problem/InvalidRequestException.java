package org.onlinemart.commons.problem;

/** A request that is well formed but cannot be acted on as it stands (an empty cart, say): a 400 naming the field. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
