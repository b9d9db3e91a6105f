package org.onlinemart.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code seed} writes, from flags ({@code --orders 100000}), else environment variables ({@code BENCH_ORDERS}),
 * else the local stack's defaults. orders is the total to have seeded, not how many to add.
 */
record SeedSettings(int orders, int batch, Duration spread, String dbUrl, String dbUser, String dbPassword) {

    /** Flag names and defaults, in the order the usage text lists them. */
    static final Map<String, String> DEFAULTS = defaults();

    /** More than this per statement only grows the temporary tables and the transaction, not the speed. */
    static final int MAX_BATCH = 200_000;

    private static final String REQUIRED = "required";

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("orders", REQUIRED);
        defaults.put("batch", "50000");
        defaults.put("days", "28");
        defaults.put("db-url", "jdbc:postgresql://127.0.0.1:5432");
        defaults.put("db-user", "mart");
        defaults.put("db-password", "mart");
        return Collections.unmodifiableMap(defaults);
    }

    static SeedSettings parse(List<String> args, Map<String, String> env, Path defaultOutDir) {
        return from(Flags.parse(DEFAULTS, args, env));
    }

    static SeedSettings from(Map<String, String> values) {
        if (values.get("orders").equals(REQUIRED)) {
            throw new IllegalArgumentException("--orders is required: the total of seeded orders to reach");
        }
        int batch = Flags.positive(values, "batch");
        if (batch > MAX_BATCH) {
            throw new IllegalArgumentException("--batch may be at most " + MAX_BATCH + ": " + batch);
        }
        String dbUrl = values.get("db-url").trim();
        if (!dbUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db-url must start with jdbc:postgresql: " + dbUrl);
        }
        return new SeedSettings(
                Flags.whole(values, "orders"),
                batch,
                Duration.ofDays(Flags.positive(values, "days")),
                dbUrl.endsWith("/") ? dbUrl.substring(0, dbUrl.length() - 1) : dbUrl,
                values.get("db-user"),
                values.get("db-password"));
    }

    /** The JDBC URL of one service's database, mart_<service>. */
    String urlOf(String service) {
        return dbUrl + "/mart_" + service;
    }
}
