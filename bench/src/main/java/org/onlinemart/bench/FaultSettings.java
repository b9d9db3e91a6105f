package org.onlinemart.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the fault suite does, from its own flags, those of {@code orders} (but the stages: its load is one steady rate)
 * and those of {@code check} (but --since: that is the run's start), each also as BENCH_<FLAG>.
 *
 * @param load the orders' settings; its stages are each fault's load at its longest (calm, the fault and the recovery
 *     timeout, calm), which sizes the stock
 * @param check what each check after a fault reads; its since is set when the run starts
 */
record FaultSettings(
        List<Fault> faults,
        double rate,
        Duration calm,
        int controlPort,
        Path controlSecretFile,
        Duration recoveryTimeout,
        Duration settleTimeout,
        Settings load,
        CheckSettings check) {

    /** The suite's own flag names and defaults, in the order the usage text lists them. */
    static final Map<String, String> DEFAULTS = defaults();

    /** Flags of orders and check that mean nothing here. */
    static final Set<String> NOT_HERE = Set.of("stages", "stage-seconds", "since");

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("faults", "user,inventory,product,order,notification,payment,kafka:30,postgres:10,smtp:60");
        defaults.put("rate", "5");
        defaults.put("calm-seconds", "10");
        defaults.put("recovery-timeout-seconds", "300");
        defaults.put("settle-timeout-seconds", "240");
        defaults.put("control-port", "8099");
        // written by the devstack's up, readable by its owner only; relative to where bench runs, the repository
        defaults.put("control-secret-file", ".devstack/control-secret");
        return Collections.unmodifiableMap(defaults);
    }

    static FaultSettings parse(List<String> args, Map<String, String> env, Path defaultOutDir) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        values.putAll(Settings.defaults(env, defaultOutDir));
        // the check judges how the orders ended; sampling their confirmations is there to switch on
        values.put("confirm-every", "0");
        values.putAll(CheckSettings.defaults(defaultOutDir));
        values.keySet().removeAll(NOT_HERE);
        values = Flags.parse(values, args, env);
        List<Fault> faults = Fault.parseList(values.get("faults"));
        double rate = Stage.rate(values.get("rate"));
        Duration calm = Duration.ofSeconds(Flags.positive(values, "calm-seconds"));
        Duration recoveryTimeout = Duration.ofSeconds(Flags.positive(values, "recovery-timeout-seconds"));
        List<Stage> longest = faults.stream()
                .map(fault -> new Stage(rate, (int) calm.multipliedBy(2)
                        .plus(fault.longest(recoveryTimeout))
                        .toSeconds()))
                .toList();
        int controlPort = Flags.positive(values, "control-port");
        if (controlPort > 65_535) {
            throw new IllegalArgumentException("--control-port must be a TCP port: " + controlPort);
        }
        return new FaultSettings(
                faults,
                rate,
                calm,
                controlPort,
                Path.of(values.get("control-secret-file")),
                recoveryTimeout,
                Duration.ofSeconds(Flags.positive(values, "settle-timeout-seconds")),
                Settings.from(values, longest),
                CheckSettings.from(values));
    }

    /** The same settings, counting dead letters from the instant on (the run's start). */
    FaultSettings since(Instant start) {
        return new FaultSettings(
                faults,
                rate,
                calm,
                controlPort,
                controlSecretFile,
                recoveryTimeout,
                settleTimeout,
                load,
                check.withSince(start));
    }

    Path outDir() {
        return load.outDir();
    }

    /** The settings for the report: everything but the passwords. */
    Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("faults", faults.stream().map(Fault::label).toList());
        described.put("rate", rate);
        described.put("calm_seconds", calm.toSeconds());
        described.put("recovery_timeout_seconds", recoveryTimeout.toSeconds());
        described.put("settle_timeout_seconds", settleTimeout.toSeconds());
        described.put("control_port", controlPort);
        described.put("control_secret_file", controlSecretFile.toString());
        described.putAll(load.describe());
        // the planned stages only size the stock, which stock_per_product shows
        described.remove("stage_rates");
        described.remove("stage_seconds");
        described.putAll(check.describe());
        return described;
    }
}
