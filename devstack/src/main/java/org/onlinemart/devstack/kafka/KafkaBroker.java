package org.onlinemart.devstack.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPart;
import org.onlinemart.devstack.StackPaths;
import org.onlinemart.devstack.StackPorts;
import org.onlinemart.devstack.process.Await;
import org.onlinemart.devstack.process.ChildJvm;
import org.onlinemart.devstack.process.ChildProcess;
import org.onlinemart.devstack.process.LogTail;
import org.onlinemart.devstack.process.PidFiles;
import org.onlinemart.devstack.process.ProcessTree;

/**
 * Kafka in KRaft mode (one node, broker and controller) as a child JVM on devstack's own classpath, data in
 * {@code .devstack/kafka}. Can be stopped and started again on the same data through the control API.
 */
public final class KafkaBroker implements StackPart {

    public static final String PART = "kafka";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final StackPaths paths;
    private final PidFiles pidFiles;
    private final KafkaAdmin admin;
    private volatile ChildProcess process;
    private volatile String state = "pending";

    public KafkaBroker(StackPaths paths, PidFiles pidFiles, KafkaAdmin admin) {
        this.paths = paths;
        this.pidFiles = pidFiles;
        this.admin = admin;
    }

    @Override
    public String name() {
        return PART;
    }

    @Override
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        Elapsed elapsed = Elapsed.start();
        state = "starting";
        Path dir = paths.kafka();
        Path properties = dir.resolve("server.properties");
        Path log4j = dir.resolve("log4j2.properties");
        try {
            Files.createDirectories(dir);
            Files.writeString(properties, KafkaServerProperties.render(dir.resolve("data")));
            Files.writeString(log4j, KafkaServerProperties.log4j2());
        } catch (IOException e) {
            throw new StackException("cannot write " + properties + ": " + e.getMessage(), e);
        }
        if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            Log.info("kafka: formatting storage in %s (first run)", dir.resolve("data"));
            ChildProcess.runToCompletion(
                    spec(
                            PART + "-format",
                            List.of(
                                    "kafka.tools.StorageTool",
                                    "format",
                                    "-t",
                                    clusterId(dir),
                                    "-c",
                                    properties.toString(),
                                    "--ignore-formatted"),
                            log4j),
                    pidFiles,
                    Duration.ofSeconds(120));
        }
        process = ChildProcess.start(spec(PART, List.of("kafka.Kafka", properties.toString()), log4j), pidFiles);
        ChildProcess started = process;
        Await.until("kafka", START_TIMEOUT, Duration.ofMillis(500), () -> {
            if (!started.isAlive()) {
                throw new StackException("kafka exited during start:\n" + LogTail.of(started.logFile(), 40));
            }
            return admin.answers();
        });
        try {
            admin.ensureTopics(true);
        } catch (Exception e) {
            throw new StackException("kafka: cannot create the topics: " + e.getMessage(), e);
        }
        state = "running";
        Log.info(
                "kafka: running on %s:%d (pid %d), ready in %s",
                StackPorts.HOST, StackPorts.KAFKA, started.pid(), elapsed);
    }

    /** The cluster id is made once and kept, so a data folder always matches it. */
    private static String clusterId(Path dir) {
        Path file = dir.resolve("cluster.id");
        try {
            if (!Files.isRegularFile(file)) {
                Files.writeString(file, Uuid.randomUuid().toString());
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new StackException("cannot keep the cluster id in " + file + ": " + e.getMessage(), e);
        }
    }

    private ChildProcess.Spec spec(String part, List<String> mainAndArgs, Path log4j) {
        List<String> command = new ArrayList<>(List.of(
                ChildJvm.java(),
                // a small first heap and the serial collector, as the Liberty servers have: with a 256 MiB first heap
                // and G1 the broker was the stack's largest process (about 500 MiB), though it needs little heap
                "-Xms64m",
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4j,
                "-cp",
                ChildJvm.classpath()));
        command.addAll(mainAndArgs);
        // SIGTERM: the broker's shutdown hook does a controlled shutdown and closes its logs cleanly
        return new ChildProcess.Spec(
                part,
                command,
                Map.of(),
                paths.kafka(),
                paths.log(PART),
                ProcessTree.Graceful.TERM_ALL,
                Duration.ofSeconds(60));
    }

    /** Not synchronized with start(): stopping the process is what makes a pending start() give up. */
    @Override
    public void stop() {
        ChildProcess running = process;
        if (running != null) {
            state = "stopping";
            running.stop();
            process = null;
            Log.info("kafka: stopped");
        }
        state = "stopped";
    }

    @Override
    public Map<String, String> status() {
        ChildProcess running = process;
        return Map.of(PART, running != null && !running.isAlive() ? "exited" : state);
    }
}
