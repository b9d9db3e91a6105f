package org.onlinemart.devstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.onlinemart.devstack.DevStack;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackContext;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.control.Json;
import org.onlinemart.devstack.process.ChildJvm;
import org.onlinemart.devstack.process.JarLocation;
import org.onlinemart.devstack.process.LogTail;
import org.onlinemart.devstack.process.ProcessTree;

/**
 * `start`: runs `up` as a background JVM (output in .devstack/logs/devstack.log), waits until its control
 * API reports all ready and prints the URL table. If it does not come up in time, shows the relevant log
 * tails and stops everything it started.
 */
public final class StartCommand {

    private final StackContext context;

    public StartCommand(StackContext context) {
        this.context = context;
    }

    public int run() {
        if (context.control().answers()) {
            Log.error(
                    "a stack is already running (control API on 127.0.0.1:%d answers)",
                    context.control().port());
            return 1;
        }
        Path log = context.paths().log("devstack");
        Process up = launch(log);
        Thread abortOnSignal = new Thread(() -> stopBackground(up), "devstack-start-abort");
        Runtime.getRuntime().addShutdownHook(abortOnSignal);
        Duration timeout = context.settings().startTimeout();
        Instant deadline = Instant.now().plus(timeout);
        Elapsed elapsed = Elapsed.start();
        Log.info("starting the stack in the background (pid %d), log: %s", up.pid(), log);
        while (Instant.now().isBefore(deadline)) {
            if (!up.isAlive()) {
                Log.error("the stack failed to start (exit %d); end of %s:", up.exitValue(), log);
                Log.block(LogTail.of(log, 60));
                Runtime.getRuntime().removeShutdownHook(abortOnSignal);
                Leftovers.stopAll(context.pidFiles());
                return 1;
            }
            String status = context.control().status().orElse("");
            if (Json.isTrue(status, "ready")) {
                Runtime.getRuntime().removeShutdownHook(abortOnSignal);
                Log.info("all ready in %s", elapsed);
                Log.block(UrlTable.render(context));
                Log.info("stop it with `java -jar devstack/target/devstack.jar stop`");
                return 0;
            }
            sleep(Duration.ofSeconds(1));
        }
        Log.error("the stack was not ready within %d s (DEVSTACK_START_TIMEOUT_SECONDS)", timeout.toSeconds());
        showTails(log);
        Runtime.getRuntime().removeShutdownHook(abortOnSignal);
        stopBackground(up);
        return 1;
    }

    private Process launch(Path log) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("setsid"); // its own session: closing this terminal does not take the stack down
        }
        command.add(ChildJvm.java());
        // it only supervises (plus GreenMail in-process): a small heap is plenty
        command.addAll(List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC"));
        command.add("-Dmart.root=" + context.paths().repoRoot());
        command.addAll(
                JarLocation.runsFromJar()
                        ? List.of("-jar", JarLocation.codeSource().toString())
                        : List.of("-cp", System.getProperty("java.class.path"), DevStack.class.getName()));
        command.add("up");
        if (context.settings().prometheus()) {
            command.add("--with-prometheus");
        }
        if (context.settings().oneServer()) {
            command.add("--one-server");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .directory(context.paths().repoRoot().toFile())
                    .start();
        } catch (IOException e) {
            throw new StackException("cannot launch the background stack: " + e.getMessage(), e);
        }
    }

    /** devstack.log says which part failed; the parts not ready yet get their own tails. */
    private void showTails(Path log) {
        Log.info("end of %s:", log);
        Log.block(LogTail.of(log, 40));
        String status = context.control().status().orElse("");
        for (Map.Entry<String, String> part : Json.stringFields(status).entrySet()) {
            if (!part.getValue().equals("ready")
                    && !part.getValue().equals("running")
                    && !part.getValue().equals("external")) {
                Log.info("%s is %s; end of its log:", part.getKey(), part.getValue());
                Log.block(LogTail.of(context.paths().log(part.getKey()), 25));
            }
        }
    }

    /** Asks the background stack to stop in order, then makes sure nothing of it is left. */
    private void stopBackground(Process up) {
        if (up.isAlive()) {
            Log.info("stopping what was started");
            if (!context.control().post("/shutdown", Duration.ofSeconds(5))) {
                up.destroy(); // control API not open yet: SIGTERM runs the same orderly stop
            }
            try {
                up.waitFor(3, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (up.isAlive()) {
                ProcessTree.stop(up.toHandle(), ProcessTree.Graceful.TERM_ALL, Duration.ofSeconds(30));
            }
        }
        Leftovers.stopAll(context.pidFiles());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
