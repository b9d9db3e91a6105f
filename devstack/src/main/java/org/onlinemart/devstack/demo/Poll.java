package org.onlinemart.devstack.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.onlinemart.devstack.Elapsed;

/**
 * A bounded wait-until loop for what the stack does asynchronously (Kafka events, the saga, mail delivery):
 * repeats an attempt until it is done or the bound passes, and hands back the last attempt either way, so the
 * caller can show what it saw last.
 */
final class Poll {

    static final Duration INTERVAL = Duration.ofMillis(250);

    /** The last attempt, whether it was done, how many attempts it took and how long. */
    record Outcome<T>(T last, boolean done, int attempts, Elapsed took) {

        /** For the step line: " after 1.2 s" if it had to wait, nothing if the first attempt did it. */
        String waited() {
            return attempts > 1 ? " after " + took : "";
        }
    }

    private Poll() {}

    static <T> Outcome<T> until(Duration bound, Supplier<T> attempt, Predicate<T> done) {
        return until(bound, attempt, done, last -> INTERVAL);
    }

    /** As above, pausing between attempts as long as the last one asks (a 503's Retry-After). */
    static <T> Outcome<T> until(Duration bound, Supplier<T> attempt, Predicate<T> done, Function<T, Duration> pause) {
        Elapsed took = Elapsed.start();
        Instant deadline = Instant.now().plus(bound);
        for (int attempts = 1; ; attempts++) {
            T last = attempt.get();
            if (done.test(last)) {
                return new Outcome<>(last, true, attempts, took);
            }
            Duration wait = pause.apply(last);
            if (Instant.now().plus(wait).isAfter(deadline)) {
                return new Outcome<>(last, false, attempts, took);
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted while waiting", e);
            }
        }
    }
}
