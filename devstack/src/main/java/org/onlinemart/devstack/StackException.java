package org.onlinemart.devstack;

/** A failure with a message meant for the person running the stack (no stack trace needed). */
public final class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
