package org.onlinemart.devstack.process;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops a process and everything it started: a graceful signal first, then SIGKILL for whatever is still
 * alive after the timeout. Descendants are captured before anything is signalled, because once a parent
 * dies its children are re-parented and no longer show up as its descendants.
 */
public final class ProcessTree {

    /** How a part wants to be asked to stop. */
    public enum Graceful {
        /** SIGTERM to the process and its descendants (JVMs run their shutdown hooks). */
        TERM_ALL,
        /** SIGINT to the main process only: PostgreSQL's "fast shutdown"; the postmaster stops its own children. */
        INT_MAIN
    }

    private ProcessTree() {}

    /** Returns true when everything was gone before the forcible kill was needed. */
    public static boolean stop(ProcessHandle root, Graceful graceful, Duration timeout) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        tree.addAll(root.descendants().toList());
        if (graceful == Graceful.INT_MAIN) {
            signal(root, "INT");
        } else {
            tree.forEach(ProcessHandle::destroy);
        }
        boolean clean = awaitExit(tree, Instant.now().plus(timeout));
        if (!clean) {
            tree.addAll(root.descendants().toList());
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Instant.now().plusSeconds(10));
        }
        return clean;
    }

    /** SIGKILL to the process and its descendants at once, as a crash or the OOM killer would end them. */
    public static void kill(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        tree.addAll(root.descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Instant.now().plusSeconds(10));
    }

    private static boolean awaitExit(List<ProcessHandle> tree, Instant deadline) {
        for (ProcessHandle handle : tree) {
            long millis = Duration.between(Instant.now(), deadline).toMillis();
            try {
                handle.onExit().get(Math.max(millis, 1), TimeUnit.MILLISECONDS);
            } catch (Exception timeoutOrInterrupt) {
                if (timeoutOrInterrupt instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return tree.stream().noneMatch(ProcessHandle::isAlive);
            }
        }
        return true;
    }

    /** Java can only send SIGTERM and SIGKILL itself; other signals go through kill(1). */
    private static void signal(ProcessHandle handle, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(handle.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            handle.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
