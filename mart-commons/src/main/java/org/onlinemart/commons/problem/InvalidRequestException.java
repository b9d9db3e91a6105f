package org.onlinemart.commons.problem;

/** A request that is well formed but cannot be acted on as it stands (an empty cart, say): a 400 naming the field. */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String detail;

    public InvalidRequestException(String field, String message) {
        this(message, field, message);
    }

    /** With a detail for the whole problem apart from the message about the field. */
    public InvalidRequestException(String detail, String field, String message) {
        super(message);
        this.field = field;
        this.detail = detail;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return detail;
    }
}
