package org.onlinemart.devstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.PortCheck;
import org.onlinemart.devstack.Stack;
import org.onlinemart.devstack.StackContext;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.control.ControlApi;
import org.onlinemart.devstack.control.ControlSecret;
import org.onlinemart.devstack.liberty.LivenessWatchdog;

/**
 * `up`: runs the stack in the foreground until Ctrl-C or POST /shutdown. Only this (main) thread starts
 * and stops parts; a shutdown request interrupts it if it is still starting, so nothing is started after
 * the stop and nothing is left behind.
 */
public final class UpCommand {

    private final StackContext context;
    private final Thread mainThread = Thread.currentThread();
    private final CountDownLatch shutdownRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean shuttingDown;
    private boolean stopping;

    public UpCommand(StackContext context) {
        this.context = context;
    }

    public int run() {
        if (context.control().answers()) {
            Log.error(
                    "a stack is already running (its control API answers on 127.0.0.1:%d); stop it first with"
                            + " `java -jar devstack/target/devstack.jar stop`",
                    context.control().port());
            return 1;
        }
        var other = context.pidFiles().live("devstack");
        if (other.isPresent()) {
            Log.error(
                    "a stack is already running from this repository (devstack pid %d); stop it first with"
                            + " `java -jar devstack/target/devstack.jar stop`",
                    other.get().pid());
            return 1;
        }
        Leftovers.stopAll(context.pidFiles()); // children of a devstack JVM that was killed outright
        Stack stack = Stack.assemble(context);
        stack.liberty().requireInstalled();
        new PortCheck(context.settings()).requireAllFree();
        prepareFolders();
        context.pidFiles().write("devstack", ProcessHandle.current().pid());
        ControlApi api = ControlApi.start(
                stack,
                this::requestShutdown,
                context.settings().controlPort(),
                ControlSecret.create(context.paths().controlSecret()));
        Runtime.getRuntime().addShutdownHook(new Thread(this::onSignal, "devstack-shutdown"));
        int exitCode = 0;
        LivenessWatchdog watchdog = new LivenessWatchdog(stack.liberty());
        Elapsed elapsed = Elapsed.start();
        try {
            Log.info("starting the Online Mart stack in %s", context.paths().repoRoot());
            stack.start();
            Log.info("all ready in %s", elapsed);
            watchdog.start();
            Log.block(UrlTable.render(context));
            Log.info("running; press Ctrl-C (or run `java -jar devstack/target/devstack.jar stop`) to stop");
            shutdownRequested.await();
        } catch (InterruptedException e) {
            // a shutdown request: fall through to the stop
        } catch (StackException e) {
            exitCode = isShuttingDown() ? 0 : fail(e.getMessage());
        } catch (RuntimeException e) {
            exitCode = fail(e.toString());
            e.printStackTrace(System.out);
        } finally {
            synchronized (this) {
                stopping = true;
                Thread.interrupted(); // the stop below must be able to wait for each process
            }
            Elapsed stopTime = Elapsed.start();
            Log.info("stopping the stack");
            watchdog.stop();
            stack.stop();
            api.stop();
            context.pidFiles().delete("devstack");
            Log.info("stopped in %s", stopTime);
            stopped.countDown();
        }
        return exitCode;
    }

    private static int fail(String message) {
        Log.error("%s", message);
        return 1;
    }

    /** From the control API (/shutdown) or the signal hook: wake or interrupt the main thread. */
    private synchronized void requestShutdown() {
        shuttingDown = true;
        shutdownRequested.countDown();
        if (!stopping) {
            mainThread.interrupt();
        }
    }

    private synchronized boolean isShuttingDown() {
        return shuttingDown;
    }

    /** SIGINT/SIGTERM: the JVM only exits once the main thread has stopped everything. */
    private void onSignal() {
        if (stopped.getCount() == 0) {
            return;
        }
        Log.info("signal received");
        requestShutdown();
        try {
            stopped.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Fresh part logs per run (devstack.log belongs to `start`, which writes it). */
    private void prepareFolders() {
        Path logs = context.paths().logs();
        try {
            Files.createDirectories(logs);
            try (Stream<Path> old = Files.list(logs)) {
                for (Path log : old.filter(p -> !p.getFileName().toString().equals("devstack.log"))
                        .toList()) {
                    Files.delete(log);
                }
            }
        } catch (IOException e) {
            throw new StackException("cannot prepare " + logs + ": " + e.getMessage(), e);
        }
    }
}
