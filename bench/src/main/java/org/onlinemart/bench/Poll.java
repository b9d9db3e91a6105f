package org.onlinemart.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Asking again and again, a period apart, until the answer is the awaited one or the time is up. */
final class Poll {

    private Poll() {}

    /** The first answer that is done, or the last one asked when the timeout passed first. */
    static <T> T until(Supplier<T> ask, Predicate<T> done, Duration timeout, Duration period)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T answer = ask.get();
        while (!done.test(answer) && System.nanoTime() - deadline < 0) {
            TimeUnit.NANOSECONDS.sleep(period.toNanos());
            answer = ask.get();
        }
        return answer;
    }
}
