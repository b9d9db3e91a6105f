package org.onlinemart.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code check} reads and how strict it is, from flags ({@code --db-url ...}), else environment variables
 * ({@code BENCH_DB_URL}), else the local stack's defaults. since is null when every dead letter counts.
 */
record CheckSettings(
        String dbUrl,
        String dbUser,
        String dbPassword,
        Duration pendingLimit,
        Duration unsentLimit,
        Duration settle,
        Instant since,
        Path outDir) {

    /** Flag names and defaults, in the order the usage text lists them. */
    static final Map<String, String> DEFAULTS = defaults();

    private static final String FROM_THE_START = "the beginning";

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("db-url", "jdbc:postgresql://127.0.0.1:5432");
        defaults.put("db-user", "mart");
        defaults.put("db-password", "mart");
        // ORDER_REPLY_TIMEOUT_MS 3 s + PendingOrdersJob's first ask after 60 s + its period of 15 s
        defaults.put("pending-limit-seconds", "78");
        defaults.put("unsent-limit-seconds", "60");
        defaults.put("settle-seconds", "10");
        defaults.put("since", FROM_THE_START);
        defaults.put("out-dir", "the folder holding bench.jar");
        return Collections.unmodifiableMap(defaults);
    }

    static CheckSettings parse(List<String> args, Map<String, String> env, Path defaultOutDir) {
        return from(Flags.parse(defaults(defaultOutDir), args, env));
    }

    /** {@link #DEFAULTS} with the folder for the report. */
    static Map<String, String> defaults(Path defaultOutDir) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        values.put("out-dir", defaultOutDir.toString());
        return values;
    }

    /** The settings from parsed flag values; without a since every dead letter counts. */
    static CheckSettings from(Map<String, String> values) {
        String dbUrl = values.get("db-url").trim();
        if (!dbUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db-url must start with jdbc:postgresql: " + dbUrl);
        }
        return new CheckSettings(
                dbUrl.endsWith("/") ? dbUrl.substring(0, dbUrl.length() - 1) : dbUrl,
                values.get("db-user"),
                values.get("db-password"),
                Duration.ofSeconds(Flags.positive(values, "pending-limit-seconds")),
                Duration.ofSeconds(Flags.positive(values, "unsent-limit-seconds")),
                Duration.ofSeconds(Flags.whole(values, "settle-seconds")),
                since(values.getOrDefault("since", FROM_THE_START)),
                Path.of(values.get("out-dir")));
    }

    /** The same settings, counting only the dead letters stored since the instant. */
    CheckSettings withSince(Instant instant) {
        return new CheckSettings(dbUrl, dbUser, dbPassword, pendingLimit, unsentLimit, settle, instant, outDir);
    }

    /** The JDBC URL of one service's database, mart_<service>. */
    String urlOf(String service) {
        return dbUrl + "/mart_" + service;
    }

    /** The settings for the report: everything but the password. */
    Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("db_url", dbUrl);
        described.put("db_user", dbUser);
        described.put("pending_limit_seconds", pendingLimit.toSeconds());
        described.put("unsent_limit_seconds", unsentLimit.toSeconds());
        described.put("settle_seconds", settle.toSeconds());
        described.put("since", since == null ? FROM_THE_START : since.toString());
        return described;
    }

    private static Instant since(String value) {
        if (value.trim().equals(FROM_THE_START)) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since must be an ISO instant like 2026-12-01T16:00:00Z: " + value);
        }
    }
}
