package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorSettingsTest {

    private static final Path TARGET = Path.of("bench", "target");

    @Test
    void withoutFlagsItMeasuresTheLocalStackFiveSecondsAPhase() {
        FloorSettings settings = FloorSettings.parse(List.of(), Map.of(), TARGET);
        assertEquals(Duration.ofSeconds(5), settings.duration());
        assertEquals("127.0.0.1:9092", settings.kafka());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/mart_order", settings.orderDatabase());
        assertEquals(URI.create("http://127.0.0.1:8081/jwks"), settings.jwks());
        assertEquals(64, settings.connections());
        assertEquals(TARGET, settings.outDir());
    }

    @Test
    void flagsBeatBenchVariables() {
        Map<String, String> env =
                Map.of("BENCH_SECONDS", "3", "BENCH_HOST", "box", "BENCH_DB_URL", "jdbc:postgresql://db/");
        FloorSettings settings =
                FloorSettings.parse(List.of("--seconds", "10", "--kafka=k:9093", "--connections", "8"), env, TARGET);
        assertEquals(Duration.ofSeconds(10), settings.duration());
        assertEquals(URI.create("http://box:8081/jwks"), settings.jwks());
        assertEquals("k:9093", settings.kafka());
        assertEquals("jdbc:postgresql://db/mart_order", settings.orderDatabase());
        assertEquals(8, settings.connections());
    }

    @Test
    void theReportedSettingsLeaveThePasswordOut() {
        Map<String, Object> described = FloorSettings.parse(List.of("--db-password", "s3cret"), Map.of(), TARGET)
                .describe();
        assertFalse(described.toString().contains("s3cret"));
    }

    @Test
    void wrongFlagsAreRefused() {
        for (List<String> args : List.of(
                List.of("--stages", "5"),
                List.of("--seconds", "0"),
                List.of("--seconds", "61"),
                List.of("--connections", "many"),
                List.of("--db-url", "postgres://x"))) {
            assertThrows(IllegalArgumentException.class, () -> FloorSettings.parse(args, Map.of(), TARGET), "" + args);
        }
    }
}
