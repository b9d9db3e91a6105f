package org.onlinemart.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code perf} does, from its own flags, those of {@code floors} and those of {@code orders}, each also as
 * BENCH_<FLAG>.
 *
 * @param warmUp orders before anything is measured, so that the servers' JIT has compiled the order path
 * @param cost the steady stage that prices an order: CPU per process, commits per database, time to CONFIRMED
 * @param p99Limit the rising stages stop after the first whose POST /order p99 passes it
 * @param readTime how long each read is loaded, after a warm-up, over the floors' connections
 * @param pidDir the devstack's pid files, naming the processes whose CPU and memory are read
 * @param floors the floors' settings, and where PostgreSQL is for the order times and the commit counts
 * @param load the orders' settings; its first stage is the cost stage, the others rise
 */
record PerfSettings(
        Stage warmUp,
        Stage cost,
        Duration p99Limit,
        Duration readTime,
        Path pidDir,
        FloorSettings floors,
        Settings load) {

    /** perf's own flag names and defaults, in the order the usage text lists them. */
    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("warm-up-rate", "10");
        defaults.put("warm-up-seconds", "30");
        defaults.put("cost-rate", "30");
        defaults.put("cost-seconds", "20");
        defaults.put("p99-limit-ms", "250");
        defaults.put("read-seconds", "10");
        // written by the devstack; relative to where bench runs, the repository
        defaults.put("pid-dir", ".devstack/pids");
        return Collections.unmodifiableMap(defaults);
    }

    static PerfSettings parse(List<String> args, Map<String, String> env, Path defaultOutDir) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        values.putAll(FloorSettings.DEFAULTS);
        values.putAll(Settings.defaults(env, defaultOutDir));
        // rising until POST /order gives way; confirmations are read from the order database, not polled
        values.put("stages", "25,50,100,200,300,400");
        values.put("stage-seconds", "15");
        values.put("users", "200");
        values.put("threads", "64");
        values.put("confirm-every", "0");
        values = Flags.parse(values, args, env);
        Stage warmUp = new Stage(Stage.rate(values.get("warm-up-rate")), Flags.positive(values, "warm-up-seconds"));
        Stage cost = new Stage(Stage.rate(values.get("cost-rate")), Flags.positive(values, "cost-seconds"));
        // the warm-up's orders need stock too
        List<Stage> stages = new ArrayList<>(List.of(cost, warmUp));
        stages.addAll(Stage.parse(values.get("stages"), Flags.positive(values, "stage-seconds")));
        return new PerfSettings(
                warmUp,
                cost,
                Duration.ofMillis(Flags.positive(values, "p99-limit-ms")),
                Duration.ofSeconds(Flags.positive(values, "read-seconds")),
                Path.of(values.get("pid-dir")),
                FloorSettings.from(values),
                Settings.from(values, stages));
    }

    /** The rising stages (the load's stages but the first two, the cost stage and the warm-up). */
    List<Stage> rising() {
        return load.stages().subList(2, load.stages().size());
    }

    /** The devstack's log, beside its pid files, which says how long the last start took. */
    Path devstackLog() {
        Path devstack = pidDir.toAbsolutePath().getParent();
        return devstack.resolve("logs").resolve("devstack.log");
    }

    Path outDir() {
        return load.outDir();
    }

    /** The settings for the report: everything but the passwords. */
    Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("warm_up_rate", warmUp.rate());
        described.put("warm_up_seconds", warmUp.seconds());
        described.put("cost_rate", cost.rate());
        described.put("cost_seconds", cost.seconds());
        described.put("p99_limit_ms", p99Limit.toMillis());
        described.put("read_seconds", readTime.toSeconds());
        described.put("pid_dir", pidDir.toString());
        described.putAll(floors.describe());
        described.putAll(load.describe());
        described.put("stage_rates", rising().stream().map(Stage::rate).toList());
        described.put("stage_seconds", rising().stream().map(Stage::seconds).toList());
        return described;
    }
}
