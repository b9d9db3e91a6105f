package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedSettingsTest {

    private static final Path TARGET = Path.of("bench", "target");

    @Test
    void ordersAloneSeedTheLocalStackInChunksOf50000OverFourWeeks() {
        SeedSettings settings = SeedSettings.parse(List.of("--orders", "100000"), Map.of(), TARGET);
        assertEquals(100_000, settings.orders());
        assertEquals(50_000, settings.batch());
        assertEquals(Duration.ofDays(28), settings.spread());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/mart_payment", settings.urlOf("payment"));
        assertEquals("mart", settings.dbUser());
        assertEquals("mart", settings.dbPassword());
    }

    @Test
    void flagsBeatBenchVariables() {
        Map<String, String> env =
                Map.of("BENCH_ORDERS", "5", "BENCH_BATCH", "7", "BENCH_DB_URL", "jdbc:postgresql://db:5433/");
        SeedSettings settings = SeedSettings.parse(List.of("--orders=1000000", "--days", "6"), env, TARGET);
        assertEquals(1_000_000, settings.orders());
        assertEquals(7, settings.batch());
        assertEquals(Duration.ofDays(6), settings.spread());
        assertEquals("jdbc:postgresql://db:5433/mart_order", settings.urlOf("order"));
    }

    @Test
    void ordersAreRequired() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SeedSettings.parse(List.of(), Map.of(), TARGET));
        assertTrue(e.getMessage().contains("--orders is required"), e.getMessage());
    }

    @Test
    void wrongValuesAreRefused() {
        for (List<String> args : List.of(
                List.of("--orders", "-1"),
                List.of("--orders", "many"),
                List.of("--orders", "10", "--batch", "0"),
                List.of("--orders", "10", "--batch", "200001"),
                List.of("--orders", "10", "--days", "0"),
                List.of("--orders", "10", "--db-url", "postgresql://x"),
                List.of("--orders", "10", "--users", "5"))) {
            assertThrows(
                    IllegalArgumentException.class, () -> SeedSettings.parse(args, Map.of(), TARGET), args::toString);
        }
    }
}
