package org.onlinemart.devstack.liberty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.onlinemart.devstack.Elapsed;
import org.onlinemart.devstack.Log;

/**
 * While the servers start (a minute or two on a small machine), says every few seconds which are not ready yet and
 * for how long, so that the terminal does not fall silent between "starting" and the first "ready" line.
 */
final class StartProgress {

    static final Duration EVERY = Duration.ofSeconds(15);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "liberty-start-progress");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts reporting on the states the supplier gives (server name to state), in start order. */
    StartProgress(Supplier<Map<String, String>> states) {
        Elapsed elapsed = Elapsed.start();
        timer.scheduleAtFixedRate(
                () -> line(states.get(), elapsed.toString()).ifPresent(line -> Log.info("%s", line)),
                EVERY.toMillis(),
                EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** "liberty: waiting for order, payment (30 s; ready: user)", or nothing once every server is ready. */
    static Optional<String> line(Map<String, String> states, String elapsed) {
        List<String> waiting = states.entrySet().stream()
                .filter(state -> !"ready".equals(state.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        List<String> ready = states.entrySet().stream()
                .filter(state -> "ready".equals(state.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        return Optional.of("liberty: waiting for " + String.join(", ", waiting) + " (" + elapsed
                + (ready.isEmpty() ? "" : "; ready: " + String.join(", ", ready)) + ")");
    }

    void stop() {
        timer.shutdownNow();
    }
}
