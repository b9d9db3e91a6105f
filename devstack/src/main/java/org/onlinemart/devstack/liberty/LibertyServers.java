package org.onlinemart.devstack.liberty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.ServiceInstance;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPart;
import org.onlinemart.devstack.StackPaths;
import org.onlinemart.devstack.StackPorts;
import org.onlinemart.devstack.process.PidFiles;

/**
 * The selected Liberty servers of the shared installation under target/liberty, started and stopped in parallel;
 * a service may run as several instances (replicas), also scaled up or down while the stack runs. With the
 * one-server option, a single server runs the six services instead.
 */
public final class LibertyServers implements StackPart {

    private final StackPaths paths;
    private final PidFiles pidFiles;
    private final ServiceEnvironment env;
    /** By instance name; guarded by itself, since the control API scales while the watchdog reads. */
    private final Map<String, LibertyServer> servers = new LinkedHashMap<>();

    private final Duration startTimeout;
    private final boolean oneServer;
    private final Map<String, Object> scaling = new ConcurrentHashMap<>();

    public LibertyServers(
            StackPaths paths,
            PidFiles pidFiles,
            List<ServiceInstance> instances,
            ServiceEnvironment env,
            Duration startTimeout,
            boolean oneServer) {
        this.paths = paths;
        this.pidFiles = pidFiles;
        this.env = env;
        this.startTimeout = startTimeout;
        this.oneServer = oneServer;
        if (oneServer) {
            add(LibertyServer.oneServer(paths, pidFiles, env.forOneServer()));
        } else {
            instances.forEach(
                    instance -> add(LibertyServer.of(instance, paths, pidFiles, env.forService(instance.service()))));
        }
    }

    private LibertyServer add(LibertyServer server) {
        synchronized (servers) {
            servers.put(server.name(), server);
        }
        return server;
    }

    private List<LibertyServer> snapshot() {
        synchronized (servers) {
            return List.copyOf(servers.values());
        }
    }

    @Override
    public String name() {
        return "liberty";
    }

    /**
     * Fails before anything starts when the lead's build has not produced the servers yet (the one server runs the
     * WARs of all six).
     */
    public void requireInstalled() {
        Path script = paths.wlp().resolve("bin").resolve("server");
        List<String> built = oneServer
                ? List.copyOf(StackPorts.SERVICES.keySet())
                : snapshot().stream().map(server -> server.instance().service()).toList();
        for (String name : built) {
            Path config =
                    paths.wlp().resolve("usr").resolve("servers").resolve(name).resolve("server.xml");
            if (!Files.isExecutable(script) || !Files.isRegularFile(config)) {
                Path missing = Files.isExecutable(script) ? config : script;
                throw new StackException("the Liberty server '" + name + "' is not built (" + missing + " is missing):"
                        + " run `./mvnw package -DskipTests` at the repository root first, or choose services with"
                        + " DEVSTACK_SERVICES (empty: none)");
            }
        }
    }

    @Override
    public void start() {
        List<LibertyServer> all = snapshot();
        if (all.isEmpty()) {
            Log.info("liberty: no services selected (DEVSTACK_SERVICES is empty)");
            return;
        }
        Log.info(
                "liberty: starting %s%s",
                String.join(", ", all.stream().map(LibertyServer::name).toList()),
                all.size() > 1 ? " in parallel" : "");
        startAll(all);
    }

    private void startAll(List<LibertyServer> toStart) {
        StartProgress progress = new StartProgress(this::status);
        try {
            inParallel(toStart.stream()
                    .map(server -> (Runnable) () -> server.start(startTimeout))
                    .toList());
        } finally {
            progress.stop();
        }
    }

    @Override
    public void stop() {
        inParallel(snapshot().stream().map(server -> (Runnable) server::stop).toList());
    }

    /**
     * Runs the service as count instances, as {@code docker compose up --scale} would: starts the missing ones
     * (returning once they are ready) or stops the highest-numbered ones. The first instance is never removed.
     */
    public List<LibertyServer> scale(String service, int count) {
        // two services scale at once (in parallel, as Liberty starts are slow); one service's scalings queue
        synchronized (scaling.computeIfAbsent(service, name -> new Object())) {
            return scaleNow(service, count);
        }
    }

    private List<LibertyServer> scaleNow(String service, int count) {
        if (oneServer) {
            throw new StackException("the one-server option runs each service once; scaling needs the six servers");
        }
        if (server(service).isEmpty()) {
            throw new StackException("service " + service + " is not part of this stack");
        }
        List<ServiceInstance> wanted = ServiceInstance.of(service, count);
        List<LibertyServer> surplus = snapshot().stream()
                .filter(server -> server.instance().service().equals(service) && !wanted.contains(server.instance()))
                .toList();
        synchronized (servers) {
            surplus.forEach(server -> servers.remove(server.name()));
        }
        inParallel(surplus.stream().map(server -> (Runnable) server::stop).toList());
        List<LibertyServer> added = wanted.stream()
                .filter(instance -> server(instance.name()).isEmpty())
                .map(instance -> add(LibertyServer.of(instance, paths, pidFiles, env.forService(service))))
                .toList();
        if (!added.isEmpty()) {
            Log.info("liberty: scaling %s to %d instances", service, count);
            startAll(added);
        }
        return snapshot().stream()
                .filter(server -> server.instance().service().equals(service))
                .toList();
    }

    public Optional<LibertyServer> server(String name) {
        synchronized (servers) {
            return Optional.ofNullable(servers.get(name));
        }
    }

    public Duration startTimeout() {
        return startTimeout;
    }

    @Override
    public Map<String, String> status() {
        Map<String, String> status = new LinkedHashMap<>();
        snapshot().forEach(server -> status.put(server.name(), server.state()));
        return status;
    }

    /** Runs all tasks at once; the first failure cancels the others (interrupting their waits) and is rethrown. */
    private static void inParallel(List<Runnable> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        List<Future<?>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(pool.submit(task)));
        pool.shutdown();
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof StackException stack
                    ? stack
                    : new StackException(e.getCause().toString(), e);
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while starting the Liberty servers");
        } finally {
            awaitQuietly(pool);
        }
    }

    /** Cancelled tasks still stop what they started: wait for them, so nothing is left half-started. */
    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
