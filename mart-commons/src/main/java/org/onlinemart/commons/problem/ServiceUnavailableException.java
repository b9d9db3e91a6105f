package org.onlinemart.commons.problem;

import java.time.Duration;

/** Another service did not answer in time: a 503 that tells the client when to try again (Retry-After). */
public class ServiceUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public ServiceUnavailableException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
