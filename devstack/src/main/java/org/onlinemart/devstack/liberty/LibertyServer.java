package org.onlinemart.devstack.liberty;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.ServiceInstance;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPaths;
import org.onlinemart.devstack.process.Await;
import org.onlinemart.devstack.process.ChildProcess;
import org.onlinemart.devstack.process.LogTail;
import org.onlinemart.devstack.process.PidFiles;
import org.onlinemart.devstack.process.ProcessTree;

/**
 * One Open Liberty server ({@code wlp/bin/server run <name>}, which execs the server JVM) with the service
 * environment; ready when its /health/ready answers 200. Usually one instance of one service; with the one-server
 * option ({@link OneServerUserDir}), all six.
 */
public final class LibertyServer {

    /** The one-server option's name in logs, pid files and status, and its server folder's name. */
    public static final String ONE_SERVER = "mart";

    /** Where the one server answers /health, /metrics and /openapi for all six: the user service's port. */
    public static final URI ONE_SERVER_BASE_URL = new ServiceInstance("user", 1).baseUrl();

    private static final int LOG_LINES_ON_FAILURE = 40;

    private final String name;
    private final String serverName;
    private final URI baseUrl;
    private final ServiceInstance instance;
    /** Makes the server's own Liberty user folder (WLP_USER_DIR) at each start; null: the build's, target/liberty. */
    private final Supplier<Path> userDir;

    private final StackPaths paths;
    private final PidFiles pidFiles;
    private final Map<String, String> env;
    private volatile ChildProcess process;
    private volatile String state = "pending";

    private LibertyServer(
            String name,
            String serverName,
            URI baseUrl,
            ServiceInstance instance,
            Supplier<Path> userDir,
            StackPaths paths,
            PidFiles pidFiles,
            Map<String, String> env) {
        this.name = name;
        this.serverName = serverName;
        this.baseUrl = baseUrl;
        this.instance = instance;
        this.userDir = userDir;
        this.paths = paths;
        this.pidFiles = pidFiles;
        this.env = new HashMap<>(env);
        if (System.getenv("JAVA_HOME") == null) {
            this.env.put("JAVA_HOME", System.getProperty("java.home")); // the server script looks for java there
        }
    }

    /** The server of one instance of a service: the build's own, or for a replica a copy ({@link ReplicaUserDir}). */
    static LibertyServer of(
            ServiceInstance instance, StackPaths paths, PidFiles pidFiles, Map<String, String> serviceEnv) {
        Map<String, String> env = new HashMap<>(serviceEnv);
        if (instance.replica()) {
            env.putAll(replicaEnvironment(instance));
        }
        return new LibertyServer(
                instance.name(),
                instance.service(),
                instance.baseUrl(),
                instance,
                instance.replica() ? () -> ReplicaUserDir.prepare(paths, instance) : null,
                paths,
                pidFiles,
                env);
    }

    /** The six services in one server, ready when /health/ready on the user service's port covers all six. */
    static LibertyServer oneServer(StackPaths paths, PidFiles pidFiles, Map<String, String> env) {
        return new LibertyServer(
                ONE_SERVER,
                ONE_SERVER,
                ONE_SERVER_BASE_URL,
                null,
                () -> OneServerUserDir.prepare(paths),
                paths,
                pidFiles,
                env);
    }

    public String name() {
        return name;
    }

    /** The service instance this server runs; null for the one server, which runs all six. */
    public ServiceInstance instance() {
        return instance;
    }

    /** Where its /health answers. */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * A replica runs a copy of the service's server ({@link ReplicaUserDir}) with its own HTTP port and its own
     * HOSTNAME, as a second container would have: the order service names its reply consumer group after HOSTNAME,
     * so that each instance reads the replies to its own requests.
     */
    static Map<String, String> replicaEnvironment(ServiceInstance instance) {
        return Map.of("HTTP_PORT", String.valueOf(instance.port()), "HOSTNAME", "devstack-" + instance.name());
    }

    public String state() {
        ChildProcess running = process;
        return running != null && !running.isAlive() && state.equals("ready") ? "exited" : state;
    }

    /** Starts the server and waits until it is ready; on failure prints why and leaves it stopped. */
    public synchronized void start(Duration timeout) {
        if (process != null && process.isAlive()) {
            return;
        }
        Elapsed elapsed = Elapsed.start();
        state = "starting";
        if (userDir != null) {
            env.put("WLP_USER_DIR", userDir.get().toString());
        }
        String script = paths.wlp().resolve("bin").resolve("server").toString();
        var readiness = new LibertyReadiness(name, paths.log(name), baseUrl.resolve("/health/ready"));
        // TERM to the JVM (and anything the script left around): Liberty stops its applications cleanly
        process = ChildProcess.start(
                new ChildProcess.Spec(
                        name,
                        List.of(script, "run", serverName),
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
        Log.info("%s: ready in %s at %s (pid %d)", name, elapsed, baseUrl, started.pid());
    }

    /**
     * kill -9 for fault tests: the process ends without a clean stop and the server reads "exited", as after a
     * crash, so the {@link LivenessWatchdog} restarts it.
     */
    public void kill() {
        ChildProcess running = process;
        if (running != null) {
            running.kill();
            Log.info("%s: killed (SIGKILL, pid %d)", name, running.pid());
        }
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
