package org.onlinemart.devstack.liberty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPart;
import org.onlinemart.devstack.StackPaths;
import org.onlinemart.devstack.process.PidFiles;

/** The selected Liberty servers of the shared installation under target/liberty, started and stopped in parallel. */
public final class LibertyServers implements StackPart {

    private final StackPaths paths;
    private final Map<String, LibertyServer> servers = new LinkedHashMap<>();
    private final Duration startTimeout;

    public LibertyServers(
            StackPaths paths, PidFiles pidFiles, List<String> names, ServiceEnvironment env, Duration startTimeout) {
        this.paths = paths;
        this.startTimeout = startTimeout;
        names.forEach(name -> servers.put(name, new LibertyServer(name, paths, pidFiles, env.forService(name))));
    }

    @Override
    public String name() {
        return "liberty";
    }

    /** Fails before anything starts when the lead's build has not produced the servers yet. */
    public void requireInstalled() {
        Path script = paths.wlp().resolve("bin").resolve("server");
        for (String name : servers.keySet()) {
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
        if (servers.isEmpty()) {
            Log.info("liberty: no services selected (DEVSTACK_SERVICES is empty)");
            return;
        }
        Log.info(
                "liberty: starting %s%s",
                String.join(", ", servers.keySet()), servers.size() > 1 ? " in parallel" : "");
        StartProgress progress = new StartProgress(this::status);
        try {
            inParallel(servers.values().stream()
                    .map(server -> (Runnable) () -> server.start(startTimeout))
                    .toList());
        } finally {
            progress.stop();
        }
    }

    @Override
    public void stop() {
        inParallel(
                servers.values().stream().map(server -> (Runnable) server::stop).toList());
    }

    public Optional<LibertyServer> server(String name) {
        return Optional.ofNullable(servers.get(name));
    }

    public Duration startTimeout() {
        return startTimeout;
    }

    @Override
    public Map<String, String> status() {
        Map<String, String> status = new LinkedHashMap<>();
        servers.forEach((name, server) -> status.put(name, server.state()));
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
