package org.onlinemart.devstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackException;

/**
 * One child process of the stack: started with extra environment, output appended to its log file and its
 * pid recorded; stopped gracefully, then forcibly, together with all its descendants.
 */
public final class ChildProcess {

    /** setsid keeps the children out of the terminal's process group: a Ctrl-C reaches only devstack,
     *  which then stops the parts in reverse order instead of all of them at once. */
    private static final boolean SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"));

    public record Spec(
            String part,
            List<String> command,
            Map<String, String> env,
            Path workDir,
            Path logFile,
            ProcessTree.Graceful graceful,
            Duration stopTimeout) {}

    private final Spec spec;
    private final Process process;
    private final PidFiles pidFiles;

    private ChildProcess(Spec spec, Process process, PidFiles pidFiles) {
        this.spec = spec;
        this.process = process;
        this.pidFiles = pidFiles;
    }

    public static ChildProcess start(Spec spec, PidFiles pidFiles) {
        return start(spec, pidFiles, Path.of("/dev/null"));
    }

    private static ChildProcess start(Spec spec, PidFiles pidFiles, Path input) {
        List<String> command = new ArrayList<>();
        if (SETSID) {
            command.add("setsid"); // execs without forking: the pid we hold stays the real process
        }
        command.addAll(spec.command());
        try {
            Files.createDirectories(spec.logFile().getParent());
            Files.writeString(
                    spec.logFile(),
                    "---- devstack started " + spec.part() + " at " + LocalDateTime.now() + ": "
                            + String.join(" ", spec.command()) + System.lineSeparator(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(spec.workDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(input.toFile()));
            builder.environment().putAll(spec.env());
            Process process = builder.start();
            pidFiles.write(spec.part(), process.pid());
            return new ChildProcess(spec, process, pidFiles);
        } catch (IOException e) {
            throw new StackException("cannot start " + spec.part() + ": " + e.getMessage(), e);
        }
    }

    /** Runs a short command to completion (initdb, storage format), output into the part's log. */
    public static void runToCompletion(Spec spec, PidFiles pidFiles, Duration timeout) {
        runToCompletion(spec, pidFiles, timeout, Path.of("/dev/null"));
    }

    /** The same, reading input from a file: opened by devstack, so the command's user need not be able to read it. */
    public static void runToCompletion(Spec spec, PidFiles pidFiles, Duration timeout, Path input) {
        ChildProcess child = start(spec, pidFiles, input);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.stop();
                throw new StackException(spec.part() + " did not finish within " + timeout.toSeconds() + " s");
            }
            if (child.process.exitValue() != 0) {
                throw new StackException(spec.part() + " failed (exit " + child.process.exitValue() + "):\n"
                        + LogTail.of(spec.logFile(), 30));
            }
        } catch (InterruptedException e) {
            child.stop();
            Thread.currentThread().interrupt();
            throw new StackException(spec.part() + " interrupted");
        } finally {
            pidFiles.delete(spec.part());
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    public Path logFile() {
        return spec.logFile();
    }

    /** Kills the process and its descendants outright (no shutdown hooks); its pid file stays, as after a crash. */
    public void kill() {
        ProcessTree.kill(process.toHandle());
    }

    /** Stops the process and its descendants and waits until all are gone. Safe to call twice. */
    public void stop() {
        if (process.isAlive() || process.descendants().findAny().isPresent()) {
            boolean clean = ProcessTree.stop(process.toHandle(), spec.graceful(), spec.stopTimeout());
            if (!clean) {
                Log.warn(
                        "%s did not stop within %d s and was killed",
                        spec.part(), spec.stopTimeout().toSeconds());
            }
        }
        pidFiles.delete(spec.part());
    }
}
