package org.onlinemart.devstack.liberty;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPaths;
import org.onlinemart.devstack.StackPorts;
import org.onlinemart.devstack.process.Await;
import org.onlinemart.devstack.process.ChildProcess;
import org.onlinemart.devstack.process.LogTail;
import org.onlinemart.devstack.process.PidFiles;
import org.onlinemart.devstack.process.ProcessTree;

/**
 * One Open Liberty server ({@code wlp/bin/server run <name>}, which execs the server JVM) with the service
 * environment; ready when its /health/ready answers 200.
 */
public final class LibertyServer {

    private static final int LOG_LINES_ON_FAILURE = 40;

    private final String name;
    private final StackPaths paths;
    private final PidFiles pidFiles;
    private final Map<String, String> env;
    private volatile ChildProcess process;
    private volatile String state = "pending";

    LibertyServer(String name, StackPaths paths, PidFiles pidFiles, Map<String, String> serviceEnv) {
        this.name = name;
        this.paths = paths;
        this.pidFiles = pidFiles;
        this.env = new HashMap<>(serviceEnv);
        if (System.getenv("JAVA_HOME") == null) {
            env.put("JAVA_HOME", System.getProperty("java.home")); // the server script looks for java there
        }
    }

    public String name() {
        return name;
    }

    public String state() {
        ChildProcess running = process;
        return running != null && !running.isAlive() && state.equals("ready") ? "exited" : state;
    }

    public static URI baseUrl(String service) {
        return URI.create("http://" + StackPorts.HOST + ":" + StackPorts.servicePort(service));
    }

    /** Starts the server and waits until it is ready; on failure prints why and leaves it stopped. */
    public synchronized void start(Duration timeout) {
        if (process != null && process.isAlive()) {
            return;
        }
        Elapsed elapsed = Elapsed.start();
        state = "starting";
        String script = paths.wlp().resolve("bin").resolve("server").toString();
        var readiness =
                new LibertyReadiness(name, paths.log(name), baseUrl(name).resolve("/health/ready"));
        // TERM to the JVM (and anything the script left around): Liberty stops its applications cleanly
        process = ChildProcess.start(
                new ChildProcess.Spec(
                        name,
                        List.of(script, "run", name),
                        env,
                        paths.repoRoot(),
                        paths.log(name),
                        ProcessTree.Graceful.TERM_ALL,
                        Duration.ofSeconds(20)),
                pidFiles);
        ChildProcess started = process;
        try {
            Await.until(name, timeout, Duration.ofMillis(500), () -> readiness.ready(started));
        } catch (StackException e) {
            state = "failed";
            String tail = LogTail.of(started.logFile(), LOG_LINES_ON_FAILURE); // before the stop adds its lines
            boolean interrupted = Thread.interrupted(); // let the stop below wait for the process properly
            started.stop();
            if (interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            throw new StackException(e.getMessage() + "; last " + LOG_LINES_ON_FAILURE + " lines of "
                    + started.logFile() + ":\n" + tail);
        }
        state = "ready";
        Log.info("%s: ready in %s at %s (pid %d)", name, elapsed, baseUrl(name), started.pid());
    }

    /** Not synchronized with start(): stopping the process is what makes a pending start() give up. */
    public void stop() {
        ChildProcess running = process;
        if (running != null) {
            state = "stopping";
            running.stop();
            process = null;
            Log.info("%s: stopped", name);
        }
        state = "stopped";
    }
}
