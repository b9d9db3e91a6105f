package org.onlinemart.devstack.cli;

import java.time.Duration;
import java.time.Instant;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackContext;

/** `stop`: asks a running stack to shut down and waits until it is gone; then cleans up any leftover pid. */
public final class StopCommand {

    private static final Duration WAIT = Duration.ofMinutes(3);

    private final StackContext context;

    public StopCommand(StackContext context) {
        this.context = context;
    }

    public int run() {
        Elapsed elapsed = Elapsed.start();
        boolean running = context.control().answers();
        if (running) {
            Log.info("asking the running stack to stop");
            context.control().post("/shutdown", Duration.ofSeconds(10));
            awaitGone();
        }
        int leftovers = Leftovers.stopAll(context.pidFiles());
        if (!running && leftovers == 0) {
            Log.info("nothing was running");
        } else {
            Log.info("stopped in %s", elapsed);
        }
        return 0;
    }

    /** Gone = the devstack JVM has exited (it stops its children first) and the control API is closed. */
    private void awaitGone() {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            boolean jvmAlive = context.pidFiles().live("devstack").isPresent();
            if (!jvmAlive && !context.control().answers()) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Log.warn("the stack did not stop within %d s; killing what is left", WAIT.toSeconds());
    }
}
