package org.onlinemart.devstack.demo;

import java.util.Optional;

/** A step of the demo went wrong; carries the service's answer (a problem+json, usually) to show the user. */
public final class DemoFailure extends RuntimeException {

    private final transient ApiAnswer answer;

    public DemoFailure(String message, ApiAnswer answer) {
        super(message);
        this.answer = answer;
    }

    public DemoFailure(String message, Throwable cause) {
        super(message, cause);
        this.answer = null;
    }

    public Optional<ApiAnswer> answer() {
        return Optional.ofNullable(answer);
    }
}
