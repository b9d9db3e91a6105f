package org.onlinemart.commons.problem;

import java.time.Duration;

/** A client went over a rate limit: a 429 that tells it when it may try again (Retry-After), in the detail too. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    /** @param tooMany what the client did too often, e.g. "Too many registrations from your address" */
    public TooManyRequestsException(String tooMany, Duration retryAfter) {
        super(tooMany + "; try again in " + wholeSeconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least one, as Retry-After wants them. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
