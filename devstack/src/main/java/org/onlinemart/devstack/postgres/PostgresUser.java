package org.onlinemart.devstack.postgres;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackException;

/**
 * PostgreSQL refuses to run as root. When devstack runs as root, initdb and postgres run as the system
 * user {@code martpg} through setpriv, which execs: the process devstack holds is postgres itself.
 */
final class PostgresUser {

    static final String NAME = "martpg";

    private final boolean root;

    PostgresUser() {
        this.root = "root".equals(System.getProperty("user.name"));
    }

    /** Creates the user if missing and hands it the binaries and the data folder. */
    void prepare(Path... folders) {
        if (!root) {
            return;
        }
        if (run(List.of("id", "-u", NAME)) != 0) {
            Log.info("postgres: creating system user %s (PostgreSQL refuses to run as root)", NAME);
            if (run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME)) != 0) {
                throw new StackException("cannot create the system user " + NAME + " with useradd");
            }
        }
        for (Path folder : folders) {
            if (run(List.of("chown", "-R", NAME + ":" + NAME, folder.toString())) != 0) {
                throw new StackException("cannot chown " + folder + " to " + NAME);
            }
        }
    }

    /** The command, run as martpg when we are root. */
    List<String> command(List<String> command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--init-groups", "--"));
        }
        full.addAll(command);
        return full;
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new StackException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
