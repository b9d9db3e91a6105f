package org.onlinemart.devstack.liberty;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.control.HttpProbe;

/**
 * Does locally what an orchestrator's liveness probe and Compose's restart policy do: a service whose process died
 * (killed, crashed) is started again, and a ready service whose /health/live answers DOWN twice in a row (for
 * example a Kafka channel whose stream has ended) is restarted. Services stopped on purpose through the control
 * API are neither, so they are left alone.
 */
public final class LivenessWatchdog {

    private static final long PERIOD_SECONDS = 10;
    private static final int DOWN_IN_A_ROW = 2;
    private static final int SERVICE_UNAVAILABLE = 503;

    private final LibertyServers liberty;
    private final Map<String, Integer> downCounts = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "devstack-liveness");
        thread.setDaemon(true);
        return thread;
    });

    public LivenessWatchdog(LibertyServers liberty) {
        this.liberty = liberty;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::checkAll, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    public void stop() {
        timer.shutdownNow();
    }

    private void checkAll() {
        liberty.status().forEach((name, state) -> {
            if (state.equals("exited")) {
                downCounts.remove(name);
                restart(name, "its process died");
                return;
            }
            if (!state.equals("ready")) {
                downCounts.remove(name);
                return;
            }
            Optional<LibertyServer> server = liberty.server(name);
            if (server.isEmpty()) {
                return; // scaled down meanwhile
            }
            URI live = server.get().baseUrl().resolve("/health/live");
            int downs = HttpProbe.status(live) == SERVICE_UNAVAILABLE ? downCounts.merge(name, 1, Integer::sum) : 0;
            downCounts.put(name, downs);
            if (downs >= DOWN_IN_A_ROW) {
                downCounts.remove(name);
                restart(name, "/health/live is DOWN");
            }
        });
    }

    private void restart(String name, String why) {
        liberty.server(name).ifPresent(server -> {
            Log.info("%s: %s, restarting it (see its log for why)", name, why);
            try {
                server.stop();
                server.start(liberty.startTimeout());
            } catch (RuntimeException e) {
                Log.error("%s: restart failed: %s", name, e.getMessage());
            }
        });
    }
}
