package org.onlinemart.user.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rule against password guessing: after {@value #MAX_FAILURES} failed logins for one e-mail within
 * {@link #WINDOW}, every login for that e-mail waits (even with the right password) until the oldest of
 * those failures leaves the window. Refused attempts are not failures, so waiting ends on time.
 */
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final int maxFailures;
    private final Duration window;

    public LoginThrottle() {
        this(MAX_FAILURES, WINDOW);
    }

    public LoginThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Failures at or before this instant no longer count. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * How long a login must wait, given the e-mail's failures (any order); empty when it may go ahead.
     * Never less than a second, so that a Retry-After in whole seconds is never 0.
     */
    public Optional<Duration> waitBefore(List<Instant> failures, Instant now) {
        Instant windowStart = windowStart(now);
        List<Instant> counted =
                failures.stream().filter(at -> at.isAfter(windowStart)).sorted().toList();
        if (counted.size() < maxFailures) {
            return Optional.empty();
        }
        // one may go through once only maxFailures - 1 of them are left in the window
        Instant opens = counted.get(counted.size() - maxFailures).plus(window);
        Duration wait = Duration.between(now, opens);
        return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }
}
