package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Path TARGET = Path.of("bench", "target");

    @Test
    void withoutFlagsTheDefaultsApply() {
        Settings settings = Settings.parse(List.of(), Map.of(), TARGET);
        assertEquals(
                List.of(new Stage(10, 20), new Stage(20, 20), new Stage(40, 20), new Stage(80, 20)), settings.stages());
        assertEquals("127.0.0.1", settings.host());
        assertEquals("admin@onlinemart.local", settings.adminEmail());
        assertEquals(50, settings.users());
        assertEquals(Duration.ofSeconds(30), settings.requestTimeout());
        assertEquals(TARGET, settings.outDir());
    }

    @Test
    void flagsBeatBenchVariablesWhichBeatTheStacksAdminVariables() {
        Map<String, String> env = Map.of(
                "ADMIN_PASSWORD",
                "from-stack",
                "BENCH_ADMIN_PASSWORD",
                "from-bench",
                "ADMIN_EMAIL",
                "boss@example.org",
                "BENCH_STAGE_SECONDS",
                "5",
                "BENCH_USERS",
                "7");
        Settings settings = Settings.parse(List.of("--users", "9", "--stages=2,4"), env, TARGET);
        assertEquals("from-bench", settings.adminPassword());
        assertEquals("boss@example.org", settings.adminEmail());
        assertEquals(9, settings.users());
        assertEquals(List.of(new Stage(2, 5), new Stage(4, 5)), settings.stages());
    }

    @Test
    void stockCoversEveryOrderOfTheRunUpToInventorysLimit() {
        assertEquals(
                2 * 10 + 4 * 10 + 100,
                Settings.parse(List.of("--stages", "2,4", "--stage-seconds", "10"), Map.of(), TARGET)
                        .stockPerProduct());
        assertEquals(
                Settings.MAX_STOCK_IN,
                Settings.parse(List.of("--stages", "10000", "--stage-seconds", "1000"), Map.of(), TARGET)
                        .stockPerProduct());
    }

    @Test
    void theReportedSettingsLeaveThePasswordOut() {
        Map<String, Object> described =
                Settings.parse(List.of(), Map.of(), TARGET).describe();
        assertFalse(described.toString().contains("admin-dev-password"));
        assertEquals(List.of(10.0, 20.0, 40.0, 80.0), described.get("stage_rates"));
    }

    @Test
    void unknownFlagsMissingValuesAndBadNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(List.of("--rate", "5"), Map.of(), TARGET));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(List.of("--users"), Map.of(), TARGET));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(List.of("users", "5"), Map.of(), TARGET));
        assertThrows(IllegalArgumentException.class, () -> Settings.parse(List.of("--users", "0"), Map.of(), TARGET));
        assertThrows(
                IllegalArgumentException.class, () -> Settings.parse(List.of("--threads", "many"), Map.of(), TARGET));
        assertEquals(
                0,
                Settings.parse(List.of("--confirm-every", "0"), Map.of(), TARGET)
                        .confirmEvery(),
                "0 switches confirmation sampling off");
    }
}
