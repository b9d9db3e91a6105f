package org.onlinemart.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Places orders at a rising rate: one stage per rate, each starting its orders on schedule for its seconds (see
 * {@link OrderLoad}), then waiting for their answers before the next stage begins.
 */
final class OrdersScenario {

    private final Settings settings;
    private final OrderLoad load;
    private final PrintStream log;

    OrdersScenario(Settings settings, OrderLoad load, PrintStream log) {
        this.settings = settings;
        this.load = load;
        this.log = log;
    }

    List<StageResult> run() throws InterruptedException {
        List<StageRecorder> recorders = new ArrayList<>();
        for (Stage stage : settings.stages()) {
            StageRecorder recorder = new StageRecorder(recorders.size() + 1);
            recorders.add(recorder);
            runStage(stage, recorder);
        }
        if (settings.confirmEvery() > 0) {
            log.println("waiting for the sampled orders' confirmations (at most "
                    + settings.confirmTimeout().toSeconds() + " s)");
        }
        for (StageRecorder recorder : recorders) {
            load.awaitConfirmations(recorder);
        }
        return recorders.stream().map(StageRecorder::result).toList();
    }

    /** Starts the stage's orders on schedule, waits for their answers and logs a line; answers its result. */
    StageResult runStage(Stage stage, StageRecorder recorder) throws InterruptedException {
        long start = System.nanoTime();
        List<CompletableFuture<Void>> orders =
                load.drive(stage.rate(), start, arrival -> arrival < stage.arrivals(), recorder);
        OrderLoad.sleepUntil(start + stage.durationNanos());
        // the stage's last answers count for it: wait for them before the next stage begins
        long unfinished = load.awaitAnswers(orders);
        recorder.finished(stage, System.nanoTime() - start, unfinished);
        StageResult sofar = recorder.result();
        log.printf(
                Locale.ROOT,
                "stage %d: %s/s for %d s: %d placed (%.1f/s), p95 %s ms, %d dropped%n",
                sofar.number(),
                Report.rate(stage.rate()),
                stage.seconds(),
                sofar.count("201"),
                sofar.achievedRate(),
                Report.oneDecimal(sofar.created().p95()),
                sofar.dropped());
        return sofar;
    }
}
