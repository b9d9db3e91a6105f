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
import org.onlinemart.devstack.SecretFiles;
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
        String adminPassword = PostgresAdminPassword.ensure(paths.postgresAdminPassword());
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(bin, data, adminPassword);
        } else {
            requirePasswords(bin, data, adminPassword);
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

    /** Passwords from the start (scram-sha-256): the superuser's is read from a copy that initdb's user can read. */
    private void initdb(Path bin, Path data, String adminPassword) {
        if (!isEmpty(data)) {
            throw new StackException(data + " is neither empty nor a PostgreSQL data folder; move it away");
        }
        Log.info("postgres: initdb %s (first run)", data);
        Path pwfile = secretFile(adminPassword + "\n");
        try {
            ChildProcess.runToCompletion(
                    spec(
                            PART + "-initdb",
                            List.of(
                                    bin.resolve("initdb").toString(),
                                    "-D",
                                    data.toString(),
                                    "-A",
                                    "scram-sha-256",
                                    "--pwfile=" + pwfile,
                                    "-U",
                                    PostgresAdminPassword.USER,
                                    "-E",
                                    "UTF-8",
                                    "--locale=C")),
                    pidFiles,
                    Duration.ofSeconds(120));
        } finally {
            deleteQuietly(pwfile);
        }
    }

    /**
     * A data folder an earlier devstack made with {@code -A trust} let anyone on the machine in as postgres: once,
     * before the server starts, the superuser gets the password (single-user mode, the statement on stdin) and
     * pg_hba.conf asks for it. In that order, so an interrupted upgrade is simply done again on the next start.
     */
    private void requirePasswords(Path bin, Path data, String adminPassword) {
        Path hba = data.resolve("pg_hba.conf");
        try {
            String conf = Files.readString(hba);
            if (!PgHba.trusts(conf)) {
                return;
            }
            Log.info("postgres: %s trusts every local login; setting the postgres password (once)", hba);
            Path statement = secretFile("ALTER ROLE " + MartDatabases.identifier(PostgresAdminPassword.USER)
                    + " PASSWORD " + MartDatabases.literal(adminPassword) + "\n");
            try {
                ChildProcess.runToCompletion(
                        spec(
                                PART + "-single",
                                List.of(
                                        bin.resolve("postgres").toString(),
                                        "--single",
                                        "-D",
                                        data.toString(),
                                        "postgres")),
                        pidFiles,
                        Duration.ofSeconds(120),
                        statement);
            } finally {
                deleteQuietly(statement);
            }
            Files.writeString(hba, PgHba.withoutTrust(conf)); // the file keeps its owner
        } catch (IOException e) {
            throw new StackException("cannot require passwords in " + hba + ": " + e.getMessage(), e);
        }
    }

    /** A temporary owner-only file, handed to PostgreSQL's user when that is not us. */
    private Path secretFile(String content) {
        try {
            Path file = Files.createTempFile("devstack-postgres-", ".tmp", SecretFiles.ownerOnly());
            Files.writeString(file, content);
            user.prepare(file);
            return file;
        } catch (IOException e) {
            throw new StackException("cannot write a temporary file for PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.warn("postgres: cannot delete %s: %s", file, e.getMessage());
        }
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
