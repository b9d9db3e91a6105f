package org.onlinemart.devstack.cli;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.kafka.KafkaBroker;
import org.onlinemart.devstack.postgres.PostgresServer;
import org.onlinemart.devstack.process.PidFiles;
import org.onlinemart.devstack.process.ProcessTree;

/**
 * Processes named in .devstack/pids whose devstack JVM is gone (killed with SIGKILL, say): stopped the same
 * way devstack would have, the devstack JVM first (its shutdown hook stops the rest in order), then the
 * services, Kafka, and PostgreSQL last.
 */
final class Leftovers {

    private Leftovers() {}

    /** Returns how many processes had to be stopped. */
    static int stopAll(PidFiles pidFiles) {
        Map<String, ProcessHandle> live = pidFiles.live();
        live.entrySet().stream()
                .sorted(Comparator.comparingInt(entry -> rank(entry.getKey())))
                .forEach(entry -> {
                    if (entry.getValue().isAlive()) {
                        Log.info(
                                "stopping %s (pid %d) left from an earlier run",
                                entry.getKey(), entry.getValue().pid());
                        ProcessTree.stop(entry.getValue(), graceful(entry.getKey()), timeout(entry.getKey()));
                    }
                    pidFiles.delete(entry.getKey());
                });
        return live.size();
    }

    private static int rank(String part) {
        if (part.equals("devstack")) {
            return 0;
        }
        if (part.startsWith(KafkaBroker.PART)) {
            return 2;
        }
        return part.startsWith(PostgresServer.PART) ? 3 : 1;
    }

    private static ProcessTree.Graceful graceful(String part) {
        return part.startsWith(PostgresServer.PART) ? ProcessTree.Graceful.INT_MAIN : ProcessTree.Graceful.TERM_ALL;
    }

    private static Duration timeout(String part) {
        return part.equals("devstack") ? Duration.ofMinutes(3) : Duration.ofSeconds(60);
    }
}
