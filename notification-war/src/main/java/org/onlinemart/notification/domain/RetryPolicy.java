package org.onlinemart.notification.domain;

import java.time.Duration;

/**
 * How often and how long a mail the SMTP server did not take is tried again: the wait doubles from
 * {@code firstDelay} up to {@code maxDelay}, and after {@code maxAttempts} attempts the mail has failed for good.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "not a retry policy: " + maxAttempts + ", " + firstDelay + ", " + maxDelay);
        }
    }

    /** The wait before the next attempt, after {@code failedAttempts} of them failed. */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 30));
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }
}
