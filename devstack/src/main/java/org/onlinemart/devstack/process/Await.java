package org.onlinemart.devstack.process;

import java.time.Duration;
import java.time.Instant;
import org.onlinemart.devstack.StackException;

/** Polls a readiness check until it passes, a deadline passes, or the check gives up by throwing StackException. */
public final class Await {

    /** A readiness check: true when ready; any exception but StackException just means "not yet". */
    @FunctionalInterface
    public interface Check {
        boolean ready() throws Exception;
    }

    private Await() {}

    public static void until(String what, Duration timeout, Duration interval, Check check) {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        while (true) {
            try {
                if (check.ready()) {
                    return;
                }
            } catch (StackException e) {
                throw e;
            } catch (InterruptedException e) {
                throw interrupted(what);
            } catch (Exception e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(what);
                }
                last = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException(what + " not ready within " + timeout.toSeconds() + " s"
                        + (last == null ? "" : " (last error: " + last.getMessage() + ")"));
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                throw interrupted(what);
            }
        }
    }

    /** Startup is interrupted when a shutdown is requested: give up at once, keeping the flag for the caller. */
    private static StackException interrupted(String what) {
        Thread.currentThread().interrupt();
        return new StackException("interrupted while waiting for " + what);
    }
}
