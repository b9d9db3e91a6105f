package org.onlinemart.devstack;

import java.util.Map;

/** One piece of the stack (PostgreSQL, Kafka, SMTP, the Liberty servers), started in order, stopped in reverse. */
public interface StackPart {

    /** Name used in progress lines. */
    String name();

    /** Starts the part and returns once it is usable; throws {@link StackException} if it cannot. */
    void start();

    /** Stops the part and waits until its processes are gone. Safe to call when not started, and twice. */
    void stop();

    /** Part or service name → state, e.g. {@code "kafka" → "running"}, for the control API's /status. */
    Map<String, String> status();
}
