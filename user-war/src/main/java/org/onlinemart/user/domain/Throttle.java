package org.onlinemart.user.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A sliding-window limit: after {@code maxAttempts} counted attempts within {@code window}, the next one waits until
 * the oldest of them leaves the window. Against password guessing it counts failed logins per e-mail (5 in 15
 * minutes, DESIGN.md §3) and per client address; against mass sign-ups, registrations per client address. An attempt
 * the throttle turns away is not counted, so waiting ends on time.
 */
public class Throttle {

    /** DESIGN.md §3: 429 after 5 failed logins for one e-mail in 15 minutes. */
    public static final int FAILED_LOGINS_PER_EMAIL = 5;

    public static final Duration LOGIN_WINDOW = Duration.ofMinutes(15);

    private final int maxAttempts;
    private final Duration window;

    public Throttle(int maxAttempts, Duration window) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A throttle lets at least one attempt through, not " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.window = window;
    }

    public static Throttle failedLoginsPerEmail() {
        return new Throttle(FAILED_LOGINS_PER_EMAIL, LOGIN_WINDOW);
    }

    /** Failures at or before this instant no longer count. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * How long the next attempt must wait, given the counted attempts (any order); empty when it may go ahead.
     * Never less than a second, so that a Retry-After in whole seconds is never 0.
     */
    public Optional<Duration> waitBefore(List<Instant> failures, Instant now) {
        Instant windowStart = windowStart(now);
        List<Instant> counted =
                failures.stream().filter(at -> at.isAfter(windowStart)).sorted().toList();
        if (counted.size() < maxAttempts) {
            return Optional.empty();
        }
        // one may go through once only maxAttempts - 1 of them are left in the window
        Instant opens = counted.get(counted.size() - maxAttempts).plus(window);
        Duration wait = Duration.between(now, opens);
        return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }
}
