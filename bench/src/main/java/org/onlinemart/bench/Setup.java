package org.onlinemart.bench;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * What every load scenario starts with: the six services ready, the run's id and environment, and the shop it orders
 * from (see {@link Shop}).
 */
record Setup(String runId, Environment environment, Shop shop, double seconds) {

    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    /** Fails, naming them, when any of the six services does not answer ready. */
    static void requireReady(Api api, String host) {
        List<String> notReady = api.notReady();
        if (!notReady.isEmpty()) {
            throw new IllegalStateException("not ready at " + host + ": " + String.join(", ", notReady)
                    + " (start the stack with java -jar devstack/target/devstack.jar start)");
        }
    }

    /** Fails when a service is not ready; prints the scenario's header (given the run's id), then sets the shop up. */
    static Setup run(Api api, Settings settings, Function<String, String> header, PrintStream out) {
        requireReady(api, settings.host());
        Environment environment = Environment.capture(Bench.codeFolder());
        String runId = RUN_TIME.format(environment.date()) + "-"
                + UUID.randomUUID().toString().substring(0, 4);
        out.println(header.apply(runId));
        long start = System.nanoTime();
        Shop shop = Shop.open(api, settings, runId, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "setup: done in %.1f s%n", seconds);
        return new Setup(runId, environment, shop, seconds);
    }
}
