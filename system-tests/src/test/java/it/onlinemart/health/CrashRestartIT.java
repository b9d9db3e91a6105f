package it.onlinemart.health;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import it.onlinemart.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A service killed outright (kill -9, as a crash or the OOM killer would) comes back by itself: the devstack
 * restarts it, as an orchestrator or Compose's restart policy would, and says so in its log.
 */
@MicroShedTest
class CrashRestartIT {

    private static final Path STACK = Path.of("..", ".devstack");

    private static long pidOf(String part) throws IOException {
        return Long.parseLong(
                Files.readString(STACK.resolve("pids").resolve(part + ".pid")).trim());
    }

    private static boolean devstackLogSays(String text) throws IOException {
        try (var lines = Files.lines(STACK.resolve("logs").resolve("devstack.log"))) {
            return lines.anyMatch(line -> line.contains(text));
        }
    }

    private static boolean ready(Service service) {
        try {
            return service.request().get("/health/ready").statusCode() == 200;
        } catch (Exception e) { // RestAssured throws the ConnectException unchecked
            return false;
        }
    }

    @Test
    void aKilledServiceIsRestartedAndSaysSo() throws IOException {
        long killed = pidOf("notification");
        ProcessHandle server = ProcessHandle.of(killed).orElseThrow();
        List<ProcessHandle> tree =
                Stream.concat(server.descendants(), Stream.of(server)).toList();

        tree.forEach(ProcessHandle::destroyForcibly); // SIGKILL: no shutdown hook, no clean stop
        await().atMost(Duration.ofSeconds(10)).until(() -> tree.stream().noneMatch(ProcessHandle::isAlive));

        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> devstackLogSays("notification: its process died, restarting it")
                        && ready(Service.NOTIFICATION));
        assertNotEquals(killed, pidOf("notification"), "a new process serves");
    }
}
