package org.onlinemart.commons.problem;

import java.time.Duration;

/** A client went over a rate limit: a 429 that tells it when it may try again (Retry-After). */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    /** Whole seconds, rounded up and at least one, as Retry-After wants them. */
    public static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
