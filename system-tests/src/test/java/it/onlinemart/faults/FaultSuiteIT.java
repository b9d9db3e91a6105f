package it.onlinemart.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The short version of the fault suite, exactly as a user runs it ({@code java -jar bench/target/bench.jar faults}):
 * under a steady order load, the order service is killed with SIGKILL, Kafka is stopped for 10 s, PostgreSQL for 5 s
 * and the SMTP server for 15 s; after each, the stack must be whole again and check's invariants across the six
 * databases must hold (rows broken before the suite began, which other system tests leave on purpose, set aside).
 */
@MicroShedTest
class FaultSuiteIT {

    private static final List<String> SHORT = List.of("order", "kafka:10", "postgres:5", "smtp:15");
    private static final Path REPORTS = Path.of("target", "fault-suite");

    @Test
    void everyFaultOfTheShortSuiteConvergesWithOrdersPlacedAroundIt() throws Exception {
        Path bench = Path.of("..", "bench", "target", "bench.jar");
        assertTrue(Files.isRegularFile(bench), bench + " is built before the system tests (./mvnw verify does)");
        Files.createDirectories(REPORTS);
        Path output = REPORTS.resolve("bench-faults.log");

        Process run = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        bench.toString(),
                        "faults",
                        "--faults",
                        String.join(",", SHORT),
                        "--rate",
                        "3",
                        "--products",
                        "5",
                        "--users",
                        "10",
                        "--out-dir",
                        REPORTS.toString(),
                        "--control-secret-file",
                        Path.of("..", ".devstack", "control-secret").toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = run.waitFor(30, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly().waitFor();
        }
        String printed = Files.readString(output);
        System.out.println(printed);

        assertTrue(ended, "bench faults ended within 30 minutes");
        assertEquals(0, run.exitValue(), "bench faults passed; its output is above and in " + output);
        JsonPath report = JsonPath.from(newestReport().toFile());
        List<Map<String, Object>> faults = report.getList("faults");
        assertEquals(SHORT, faults.stream().map(fault -> fault.get("fault")).toList());
        for (Map<String, Object> fault : faults) {
            assertEquals("converged", fault.get("outcome"), fault.get("fault") + " converged");
        }
        for (int i = 0; i < faults.size(); i++) {
            Map<String, Object> statuses = report.getMap("faults[" + i + "].load.order_statuses");
            int placed = ((Number) statuses.getOrDefault("201", 0)).intValue();
            assertTrue(placed > 0, SHORT.get(i) + ": orders were placed around it");
        }
    }

    private static Path newestReport() throws IOException {
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(file -> file.getFileName().toString().matches("bench-faults-.*\\.json"))
                    .max(Path::compareTo)
                    .orElseThrow(() -> new AssertionError("no bench-faults-*.json in " + REPORTS));
        }
    }
}
