package org.onlinemart.bench;

import static org.onlinemart.bench.Api.Service.ORDER;

import jakarta.json.Json;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Places orders at a rising rate, open loop: each stage starts its orders on schedule whether or not earlier ones
 * have been answered. An order is POST /add-to-cart of one unit of a random product, then POST /order with a fresh
 * Idempotency-Key, for a customer taken from a free list (a cart is per customer, so no two orders in flight share
 * one). An order that finds no free worker or customer at its time is dropped and counted, not queued.
 */
final class OrdersScenario {

    /** Later than this behind its slot, a start counts as late (the load generator itself lacked CPU). */
    static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private static final long POLL_MILLIS = 250;

    private final Api api;
    private final Settings settings;
    private final Shop shop;
    private final PrintStream log;
    private final BlockingQueue<Shop.Customer> free;
    private final AtomicLong placed = new AtomicLong();

    OrdersScenario(Api api, Settings settings, Shop shop, PrintStream log) {
        this.api = api;
        this.settings = settings;
        this.shop = shop;
        this.log = log;
        this.free = new LinkedBlockingQueue<>(shop.customers());
    }

    List<StageResult> run() throws InterruptedException {
        // no queue: a worker takes an order at once or the order is dropped
        ThreadPoolExecutor workers = new ThreadPoolExecutor(
                settings.threads(),
                settings.threads(),
                0,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                named("bench-order"));
        workers.prestartAllCoreThreads();
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(2, named("bench-confirm"));
        try {
            List<StageRecorder> recorders = new ArrayList<>();
            for (Stage stage : settings.stages()) {
                StageRecorder recorder = new StageRecorder(recorders.size() + 1, stage);
                recorders.add(recorder);
                runStage(stage, recorder, workers, pollers);
            }
            if (settings.confirmEvery() > 0) {
                log.println("waiting for the sampled orders' confirmations (at most "
                        + settings.confirmTimeout().toSeconds() + " s)");
            }
            for (StageRecorder recorder : recorders) {
                await(recorder.allConfirmations(), settings.confirmTimeout().toNanos() + 5_000_000_000L);
            }
            return recorders.stream().map(StageRecorder::result).toList();
        } finally {
            workers.shutdownNow();
            pollers.shutdownNow();
        }
    }

    private void runStage(
            Stage stage, StageRecorder recorder, ThreadPoolExecutor workers, ScheduledExecutorService pollers)
            throws InterruptedException {
        List<CompletableFuture<Void>> orders = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < stage.arrivals(); i++) {
            long due = start + stage.dueNanos(i);
            sleepUntil(due);
            if (System.nanoTime() - due > LATE_NANOS) {
                recorder.late();
            }
            Shop.Customer customer = free.poll();
            if (customer == null) {
                recorder.dropped();
                continue;
            }
            try {
                orders.add(CompletableFuture.runAsync(() -> order(customer, recorder, pollers), workers));
            } catch (RejectedExecutionException allBusy) {
                free.add(customer);
                recorder.dropped();
            }
        }
        sleepUntil(start + stage.durationNanos());
        // the stage's last answers count for it: wait for them before the next stage begins
        long unfinished = await(
                        CompletableFuture.allOf(orders.toArray(CompletableFuture[]::new)),
                        2 * settings.requestTimeout().toNanos() + 5_000_000_000L)
                ? 0
                : orders.stream().filter(order -> !order.isDone()).count();
        recorder.finished(System.nanoTime() - start, unfinished);
        StageResult sofar = recorder.result();
        log.printf(
                Locale.ROOT,
                "stage %d: %s/s for %d s: %d placed (%.1f/s), p95 %s ms, %d dropped%n",
                sofar.number(),
                Report.rate(stage.rate()),
                stage.seconds(),
                sofar.count("201"),
                sofar.achievedRate(),
                Report.millis(sofar.created().p95()),
                sofar.dropped());
    }

    private void order(Shop.Customer customer, StageRecorder recorder, ScheduledExecutorService pollers) {
        long product = shop.productIds()
                .get(ThreadLocalRandom.current().nextInt(shop.productIds().size()));
        try {
            Api.Answer cart = api.post(
                    ORDER,
                    "/add-to-cart",
                    customer.token(),
                    Json.createObjectBuilder()
                            .add("product_id", product)
                            .add("quantity", 1)
                            .build());
            recorder.cart(cart);
            if (cart.status() != 200) {
                return;
            }
            Api.Answer order = api.post(
                    ORDER, "/order", customer.token(), null, UUID.randomUUID().toString());
            recorder.order(order);
            if (order.status() == 201) {
                if (settings.confirmEvery() > 0 && placed.incrementAndGet() % settings.confirmEvery() == 0) {
                    watch(customer, order, recorder, pollers);
                }
            } else {
                // a failed order keeps the cart; empty it so that the customer's next order holds one unit again
                api.delete(ORDER, "/delete-item-from-cart?product_id=" + product, customer.token());
            }
        } finally {
            free.add(customer);
        }
    }

    /** Polls GET /orders/{id} until the order leaves PENDING or the confirm timeout passes. */
    private void watch(
            Shop.Customer customer, Api.Answer placedOrder, StageRecorder recorder, ScheduledExecutorService pollers) {
        long deadline = placedOrder.startNanos() + settings.confirmTimeout().toNanos();
        CompletableFuture<Void> done = new CompletableFuture<>();
        recorder.watching(done);
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                try {
                    long orderId = placedOrder.json().getJsonNumber("order_id").longValueExact();
                    Api.Answer seen = api.get(ORDER, "/orders/" + orderId, customer.token());
                    String status = seen.status() == 200 ? seen.json().getString("status") : "PENDING";
                    if (!status.equals("PENDING")) {
                        recorder.confirmation(status, System.nanoTime() - placedOrder.startNanos());
                        done.complete(null);
                    } else if (System.nanoTime() - deadline > 0) {
                        recorder.confirmation("PENDING", 0);
                        done.complete(null);
                    } else {
                        pollers.schedule(this, POLL_MILLIS, TimeUnit.MILLISECONDS);
                    }
                } catch (RuntimeException unreadable) {
                    // an answer that is not the order as DESIGN.md §3 describes it
                    recorder.confirmation("UNREADABLE", 0);
                    done.complete(null);
                }
            }
        };
        pollers.schedule(poll, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** True when everything finished within the time; false (and it is reported) when some did not. */
    private static boolean await(CompletableFuture<Void> all, long nanos) throws InterruptedException {
        try {
            all.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("an order failed unexpectedly", e.getCause());
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
