package org.onlinemart.devstack.prometheus;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.ServiceInstance;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPart;
import org.onlinemart.devstack.StackPaths;
import org.onlinemart.devstack.StackPorts;
import org.onlinemart.devstack.control.HttpProbe;
import org.onlinemart.devstack.process.Await;
import org.onlinemart.devstack.process.ChildProcess;
import org.onlinemart.devstack.process.PidFiles;
import org.onlinemart.devstack.process.ProcessTree;

/**
 * Prometheus on 127.0.0.1:9090, scraping the stack's services every 2 s, its data under .devstack/prometheus
 * (kept a day). Started only on request ({@code --with-prometheus}) and only when the binary is installed.
 */
public final class PrometheusServer implements StackPart {

    public static final String PART = "prometheus";
    public static final String INSTALL_HINT = "install Debian's prometheus package (`apt-get install prometheus`)";
    private static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(2);

    private final StackPaths paths;
    private final PidFiles pidFiles;
    private final List<ServiceInstance> instances;
    private final Path binary;
    private volatile ChildProcess process;
    private volatile String state = "pending";

    public PrometheusServer(StackPaths paths, PidFiles pidFiles, List<ServiceInstance> instances, Path binary) {
        this.paths = paths;
        this.pidFiles = pidFiles;
        this.instances = instances;
        this.binary = binary;
    }

    /** The prometheus executable on the PATH, if any. */
    public static Optional<Path> installed() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "prometheus"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static URI url() {
        return URI.create("http://" + StackPorts.HOST + ":" + StackPorts.PROMETHEUS);
    }

    @Override
    public String name() {
        return PART;
    }

    @Override
    public void start() {
        Elapsed elapsed = Elapsed.start();
        state = "starting";
        Path home = paths.state().resolve(PART);
        Path config = home.resolve("prometheus.yml");
        Map<String, List<String>> targets = new LinkedHashMap<>();
        instances.forEach(instance -> targets.computeIfAbsent(instance.service(), job -> new ArrayList<>())
                .add(StackPorts.HOST + ":" + instance.port()));
        try {
            Files.createDirectories(home);
            Files.writeString(config, PrometheusConfig.render(targets, SCRAPE_INTERVAL));
        } catch (IOException e) {
            throw new StackException("cannot write " + config + ": " + e.getMessage(), e);
        }
        process = ChildProcess.start(
                new ChildProcess.Spec(
                        PART,
                        List.of(
                                binary.toString(),
                                "--config.file=" + config,
                                "--storage.tsdb.path=" + home.resolve("data"),
                                "--storage.tsdb.retention.time=1d",
                                "--web.listen-address=" + StackPorts.HOST + ":" + StackPorts.PROMETHEUS),
                        Map.of(),
                        home,
                        paths.log(PART),
                        ProcessTree.Graceful.TERM_ALL,
                        Duration.ofSeconds(30)),
                pidFiles);
        Await.until("prometheus", Duration.ofSeconds(60), Duration.ofMillis(250), () -> {
            if (!process.isAlive()) {
                throw new StackException("prometheus exited; see " + paths.log(PART));
            }
            return HttpProbe.status(url().resolve("/-/ready")) == 200;
        });
        state = "running";
        Log.info(
                "prometheus: ready in %s at %s, scraping %s",
                elapsed,
                url(),
                String.join(", ", instances.stream().map(ServiceInstance::name).toList()));
    }

    @Override
    public void stop() {
        ChildProcess running = process;
        if (running != null) {
            state = "stopping";
            running.stop();
            process = null;
        }
        state = "stopped";
    }

    @Override
    public Map<String, String> status() {
        ChildProcess running = process;
        return Map.of(PART, running != null && !running.isAlive() ? "exited" : state);
    }
}
