package org.onlinemart.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Collects one stage's measurements from the worker and poller threads; read once all of them are done. A stage of
 * the fault suite learns its length only when it ends, so the stage is told at the end.
 */
final class StageRecorder {

    private final int number;
    private final LongAdder scheduled = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder late = new LongAdder();
    private final Map<String, LongAdder> cartStatuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> orderStatuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> confirmOutcomes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> noAnswers = new ConcurrentHashMap<>();
    private final List<Long> created = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> answered = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> addToCart = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> toConfirmed = Collections.synchronizedList(new ArrayList<>());
    private final List<PlacedOrder> placed = Collections.synchronizedList(new ArrayList<>());
    private final List<CompletableFuture<Void>> confirmations = Collections.synchronizedList(new ArrayList<>());
    private volatile Stage stage;
    private volatile long elapsedNanos;
    private volatile long unfinished;

    StageRecorder(int number) {
        this.number = number;
    }

    /** An order fell due; it then started or was dropped. */
    void scheduled() {
        scheduled.increment();
    }

    void dropped() {
        dropped.increment();
    }

    void late() {
        late.increment();
    }

    void cart(Api.Answer answer) {
        count(cartStatuses, status(answer));
        if (answer.status() != Api.NO_ANSWER) {
            addToCart.add(answer.nanos());
        } else {
            count(noAnswers, "POST /add-to-cart: " + answer.body());
        }
    }

    void order(Api.Answer answer) {
        count(orderStatuses, status(answer));
        if (answer.status() != Api.NO_ANSWER) {
            answered.add(answer.nanos());
        } else {
            count(noAnswers, "POST /order: " + answer.body());
        }
        if (answer.status() == 201) {
            created.add(answer.nanos());
            placed.add(new PlacedOrder(answer.id("order_id"), answer.sentAt()));
        }
    }

    /** The orders placed so far: their ids and when POST /order was sent. */
    List<PlacedOrder> placedOrders() {
        synchronized (placed) {
            return List.copyOf(placed);
        }
    }

    /** A sampled order's final or last seen status; nanos only counts for CONFIRMED. */
    void confirmation(String outcome, long nanos) {
        count(confirmOutcomes, outcome);
        if (outcome.equals("CONFIRMED")) {
            toConfirmed.add(nanos);
        }
    }

    void watching(CompletableFuture<Void> confirmation) {
        confirmations.add(confirmation);
    }

    CompletableFuture<Void> allConfirmations() {
        synchronized (confirmations) {
            return CompletableFuture.allOf(confirmations.toArray(CompletableFuture[]::new));
        }
    }

    void finished(Stage stage, long elapsedNanos, long unfinished) {
        this.stage = stage;
        this.elapsedNanos = elapsedNanos;
        this.unfinished = unfinished;
    }

    StageResult result() {
        return new StageResult(
                number,
                stage,
                scheduled.sum(),
                dropped.sum(),
                late.sum(),
                elapsedNanos / 1e9,
                unfinished,
                counts(cartStatuses),
                counts(orderStatuses),
                summary(created),
                summary(answered),
                summary(addToCart),
                counts(confirmOutcomes),
                summary(toConfirmed),
                counts(noAnswers));
    }

    private static String status(Api.Answer answer) {
        return answer.status() == Api.NO_ANSWER ? "no_answer" : String.valueOf(answer.status());
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, any -> new LongAdder()).increment();
    }

    private static Map<String, Long> counts(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return Collections.unmodifiableMap(sorted);
    }

    private static Latencies.Summary summary(List<Long> nanos) {
        synchronized (nanos) {
            return Latencies.of(List.copyOf(nanos));
        }
    }
}
