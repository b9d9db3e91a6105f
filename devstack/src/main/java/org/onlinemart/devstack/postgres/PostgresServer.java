package org.onlinemart.devstack.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackException;
import org.onlinemart.devstack.StackPart;
import org.onlinemart.devstack.StackPaths;
import org.onlinemart.devstack.StackPorts;
import org.onlinemart.devstack.liberty.ServiceEnvironment;
import org.onlinemart.devstack.process.Await;
import org.onlinemart.devstack.process.ChildProcess;
import org.onlinemart.devstack.process.LogTail;
import org.onlinemart.devstack.process.PidFiles;
import org.onlinemart.devstack.process.ProcessTree;

/**
 * PostgreSQL 16 as a child process on 127.0.0.1:5432, data in {@code .devstack/pgdata} kept between runs.
 * Durable settings on purpose (synchronous_commit and fsync on): the project promises no lost commit.
 */
public final class PostgresServer implements StackPart {

    public static final String PART = "postgres";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final StackPaths paths;
    private final PidFiles pidFiles;
    private final MartDatabases databases;
    private final ServiceEnvironment serviceEnv;
    private final PostgresUser user = new PostgresUser();
    private volatile ChildProcess process;
    private volatile String state = "pending";

    public PostgresServer(StackPaths paths, PidFiles pidFiles, MartDatabases databases, ServiceEnvironment serviceEnv) {
        this.paths = paths;
        this.pidFiles = pidFiles;
        this.databases = databases;
        this.serviceEnv = serviceEnv;
    }

    @Override
    public String name() {
        return PART;
    }

    @Override
    public void start() {
        Elapsed elapsed = Elapsed.start();
        state = "starting";
        Path bin = PostgresBinaries.ensureExtracted(paths.pgBin());
        Path data = paths.pgData();
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new StackException("cannot create " + data + ": " + e.getMessage(), e);
        }
        user.prepare(paths.pgBin(), data);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(bin, data);
        }
        process = ChildProcess.start(
                spec(
                        PART,
                        List.of(
                                bin.resolve("postgres").toString(),
                                "-D",
                                data.toString(),
                                "-p",
                                String.valueOf(StackPorts.POSTGRES),
                                "-c",
                                "listen_addresses=" + StackPorts.HOST,
                                "-c",
                                "unix_socket_directories=", // TCP only: no socket file in /tmp to clash with
                                "-c",
                                "synchronous_commit=on",
                                "-c",
                                "fsync=on",
                                "-c",
                                "max_connections=200")),
                pidFiles);
        Await.until("postgres", START_TIMEOUT, Duration.ofMillis(250), () -> {
            if (!process.isAlive()) {
                throw new StackException("postgres exited during start:\n" + LogTail.of(process.logFile(), 30));
            }
            try (var connection = databases.adminConnection()) {
                return connection.isValid(2);
            }
        });
        databases.ensure(serviceEnv.dbUser(), serviceEnv.dbPassword(), false);
        state = "running";
        Log.info(
                "postgres: running on %s:%d (pid %d), ready in %s",
                StackPorts.HOST, StackPorts.POSTGRES, process.pid(), elapsed);
    }

    private void initdb(Path bin, Path data) {
        if (!isEmpty(data)) {
            throw new StackException(data + " is neither empty nor a PostgreSQL data folder; move it away");
        }
        Log.info("postgres: initdb %s (first run)", data);
        ChildProcess.runToCompletion(
                spec(
                        PART + "-initdb",
                        List.of(
                                bin.resolve("initdb").toString(),
                                "-D",
                                data.toString(),
                                "-A",
                                "trust",
                                "-U",
                                "postgres",
                                "-E",
                                "UTF-8",
                                "--locale=C")),
                pidFiles,
                Duration.ofSeconds(120));
    }

    private ChildProcess.Spec spec(String part, List<String> command) {
        // graceful = SIGINT: "fast shutdown" (SIGTERM would wait for every client to disconnect)
        return new ChildProcess.Spec(
                part,
                user.command(command),
                Map.of("LC_ALL", "C"),
                paths.state(),
                paths.log(PART),
                ProcessTree.Graceful.INT_MAIN,
                Duration.ofSeconds(30));
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void stop() {
        ChildProcess running = process;
        if (running != null) {
            running.stop();
            Log.info("postgres: stopped");
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
