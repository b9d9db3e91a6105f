package org.onlinemart.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run does, from flags ({@code --stages 5,10}), else environment variables ({@code BENCH_STAGES=5,10}; the
 * admin's credentials also from the stack's own ADMIN_EMAIL and ADMIN_PASSWORD), else the defaults below.
 */
record Settings(
        String host,
        String adminEmail,
        String adminPassword,
        List<Stage> stages,
        int products,
        int users,
        int threads,
        int confirmEvery,
        Duration confirmTimeout,
        Duration requestTimeout,
        Duration setupTimeout,
        Path outDir) {

    /** Flag names and defaults, in the order the usage text lists them. */
    static final Map<String, String> DEFAULTS = defaults();

    /** The stock-in quantity limit of inventory's POST /stockin. */
    static final int MAX_STOCK_IN = 1_000_000;

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("stages", "10,20,40,80");
        defaults.put("stage-seconds", "20");
        defaults.put("products", "20");
        defaults.put("users", "50");
        defaults.put("threads", "32");
        defaults.put("confirm-every", "10");
        defaults.put("confirm-timeout-seconds", "30");
        defaults.put("request-timeout-seconds", "30");
        defaults.put("setup-timeout-seconds", "120");
        defaults.put("host", "127.0.0.1");
        defaults.put("admin-email", "admin@onlinemart.local");
        defaults.put("admin-password", "admin-dev-password");
        defaults.put("out-dir", "the folder holding bench.jar");
        return Collections.unmodifiableMap(defaults);
    }

    static Settings parse(List<String> args, Map<String, String> env, Path defaultOutDir) {
        Map<String, String> values = Flags.parse(defaults(env, defaultOutDir), args, env);
        return from(values, Stage.parse(values.get("stages"), Flags.positive(values, "stage-seconds")));
    }

    /** {@link #DEFAULTS} with the folder for the report and the stack's own ADMIN_EMAIL and ADMIN_PASSWORD. */
    static Map<String, String> defaults(Map<String, String> env, Path defaultOutDir) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        values.put("out-dir", defaultOutDir.toString());
        Flags.putIfSet(values, "admin-email", env.get("ADMIN_EMAIL"));
        Flags.putIfSet(values, "admin-password", env.get("ADMIN_PASSWORD"));
        return values;
    }

    /** The settings from parsed flag values and the stages: orders reads them from its flags, faults plans its own. */
    static Settings from(Map<String, String> values, List<Stage> stages) {
        return new Settings(
                values.get("host"),
                values.get("admin-email"),
                values.get("admin-password"),
                stages,
                Flags.positive(values, "products"),
                Flags.positive(values, "users"),
                Flags.positive(values, "threads"),
                Flags.whole(values, "confirm-every"),
                Duration.ofSeconds(Flags.positive(values, "confirm-timeout-seconds")),
                Duration.ofSeconds(Flags.positive(values, "request-timeout-seconds")),
                Duration.ofSeconds(Flags.positive(values, "setup-timeout-seconds")),
                Path.of(values.get("out-dir")));
    }

    /** Orders the whole run may place. */
    int plannedOrders() {
        return stages.stream().mapToInt(Stage::arrivals).sum();
    }

    /**
     * Units stocked in per product: enough for every order of the run to pick the same product, plus the probes,
     * so that stock never runs out whatever the random choice of products.
     */
    int stockPerProduct() {
        return (int) Math.min(MAX_STOCK_IN, plannedOrders() + 100L);
    }

    /** The settings for the report: everything but the admin's password. */
    Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("host", host);
        described.put("admin_email", adminEmail);
        described.put("stage_rates", stages.stream().map(Stage::rate).toList());
        described.put("stage_seconds", stages.stream().map(Stage::seconds).toList());
        described.put("products", products);
        described.put("stock_per_product", stockPerProduct());
        described.put("users", users);
        described.put("threads", threads);
        described.put("confirm_every", confirmEvery);
        described.put("confirm_timeout_seconds", confirmTimeout.toSeconds());
        described.put("request_timeout_seconds", requestTimeout.toSeconds());
        described.put("setup_timeout_seconds", setupTimeout.toSeconds());
        return described;
    }
}
