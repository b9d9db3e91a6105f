package org.onlinemart.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code floors} measures against and for how long, from flags ({@code --seconds 5}), else environment variables
 * ({@code BENCH_SECONDS}), else the local stack's defaults.
 */
record FloorSettings(
        Duration duration,
        String host,
        String kafka,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int connections,
        Path outDir) {

    /** Flag names and defaults, in the order the usage text lists them. */
    static final Map<String, String> DEFAULTS = defaults();

    /** Each measured phase stays short: the floors run on the box the stack and its users share. */
    static final int MAX_SECONDS = 60;

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("seconds", "5");
        defaults.put("host", "127.0.0.1");
        defaults.put("kafka", "127.0.0.1:9092");
        defaults.put("db-url", "jdbc:postgresql://127.0.0.1:5432");
        defaults.put("db-user", "mart");
        defaults.put("db-password", "mart");
        defaults.put("connections", String.valueOf(ReadLoad.CONNECTIONS));
        defaults.put("out-dir", "the folder holding bench.jar");
        return Collections.unmodifiableMap(defaults);
    }

    static FloorSettings parse(List<String> args, Map<String, String> env, Path defaultOutDir) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        values.put("out-dir", defaultOutDir.toString());
        return from(Flags.parse(values, args, env));
    }

    static FloorSettings from(Map<String, String> values) {
        int seconds = Flags.positive(values, "seconds");
        if (seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("--seconds may be at most " + MAX_SECONDS + ": " + seconds);
        }
        String dbUrl = values.get("db-url").trim();
        if (!dbUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db-url must start with jdbc:postgresql: " + dbUrl);
        }
        return new FloorSettings(
                Duration.ofSeconds(seconds),
                values.get("host").trim(),
                values.get("kafka").trim(),
                dbUrl.endsWith("/") ? dbUrl.substring(0, dbUrl.length() - 1) : dbUrl,
                values.get("db-user"),
                values.get("db-password"),
                Flags.positive(values, "connections"),
                Path.of(values.get("out-dir")));
    }

    /** The order service's database, where the PostgreSQL floor makes its scratch schema. */
    String orderDatabase() {
        return dbUrl + "/mart_order";
    }

    /** The plain JAX-RS endpoint: the user service's JWK set, no database and no authentication. */
    URI jwks() {
        return URI.create("http://" + host + ":" + Api.Service.USER.port + "/jwks");
    }

    /** The settings for the report: everything but the password. */
    Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("seconds", duration.toSeconds());
        described.put("host", host);
        described.put("kafka", kafka);
        described.put("db_url", orderDatabase());
        described.put("db_user", dbUser);
        described.put("connections", connections);
        return described;
    }
}
