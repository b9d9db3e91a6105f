package org.onlinemart.bench;

import static org.onlinemart.bench.Api.Service.ORDER;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

/**
 * The orders of every scenario, open loop: order i of a load at a rate starts i / rate seconds after the load began,
 * whether or not the earlier orders have been answered. An order is POST /add-to-cart of one unit of a random
 * product, then POST /order with a fresh Idempotency-Key, for a customer taken from a free list (a cart is per
 * customer, so no two orders in flight share one). An order that finds no free worker or customer at its time is
 * dropped and counted, not queued.
 */
final class OrderLoad implements AutoCloseable {

    /** Later than this behind its slot, a start counts as late (the load generator itself lacked CPU). */
    static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private static final long POLL_MILLIS = 250;

    private final Api api;
    private final Settings settings;
    private final Shop shop;
    private final BlockingQueue<Shop.Customer> free;
    private final AtomicLong placed = new AtomicLong();
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService pollers;
    private final ExecutorService generator;

    OrderLoad(Api api, Settings settings, Shop shop) {
        this.api = api;
        this.settings = settings;
        this.shop = shop;
        this.free = new LinkedBlockingQueue<>(shop.customers());
        // no queue: a worker takes an order at once or the order is dropped
        this.workers = new ThreadPoolExecutor(
                settings.threads(),
                settings.threads(),
                0,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                named("bench-order"));
        workers.prestartAllCoreThreads();
        this.pollers = Executors.newScheduledThreadPool(2, named("bench-confirm"));
        this.generator = Executors.newSingleThreadExecutor(named("bench-load"));
    }

    /**
     * Starts arrival 0, 1, ... at the rate from startNanos on, each on time, as long as {@code more} accepts its
     * number; answers the orders started, which may still be running.
     */
    List<CompletableFuture<Void>> drive(double rate, long startNanos, LongPredicate more, StageRecorder recorder)
            throws InterruptedException {
        List<CompletableFuture<Void>> orders = new ArrayList<>();
        for (long arrival = 0; more.test(arrival); arrival++) {
            long due = startNanos + Stage.dueNanos(rate, arrival);
            sleepUntil(due);
            recorder.scheduled();
            if (System.nanoTime() - due > LATE_NANOS) {
                recorder.late();
            }
            Shop.Customer customer = free.poll();
            if (customer == null) {
                recorder.dropped();
                continue;
            }
            try {
                orders.add(CompletableFuture.runAsync(() -> order(customer, recorder), workers));
            } catch (RejectedExecutionException allBusy) {
                free.add(customer);
                recorder.dropped();
            }
        }
        return orders;
    }

    /** Waits for the orders' answers (a request may time out twice); answers how many were still running. */
    long awaitAnswers(List<CompletableFuture<Void>> orders) throws InterruptedException {
        return await(
                        CompletableFuture.allOf(orders.toArray(CompletableFuture[]::new)),
                        2 * settings.requestTimeout().toNanos() + 5_000_000_000L)
                ? 0
                : orders.stream().filter(order -> !order.isDone()).count();
    }

    /** Waits until the stage's sampled orders have left PENDING or their confirm timeout passed. */
    void awaitConfirmations(StageRecorder recorder) throws InterruptedException {
        await(recorder.allConfirmations(), settings.confirmTimeout().toNanos() + 5_000_000_000L);
    }

    /** Starts orders at the rate in the background until {@link Steady#stop()}: a stage whose end is not known yet. */
    Steady steady(double rate, StageRecorder recorder) {
        return new Steady(rate, recorder);
    }

    /** A load started by {@link #steady}. */
    final class Steady {

        private final double rate;
        private final StageRecorder recorder;
        private final long startNanos = System.nanoTime();
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final Future<List<CompletableFuture<Void>>> started;

        private Steady(double rate, StageRecorder recorder) {
            this.rate = rate;
            this.recorder = recorder;
            this.started = generator.submit(() -> drive(rate, startNanos, arrival -> !stopping.get(), recorder));
        }

        /** Starts no more orders, waits for those in flight (and sampled confirmations) and answers the stage. */
        StageResult stop() throws InterruptedException {
            stopping.set(true);
            List<CompletableFuture<Void>> orders;
            try {
                orders = started.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the load stopped unexpectedly", e.getCause());
            }
            long loadNanos = System.nanoTime() - startNanos;
            long unfinished = awaitAnswers(orders);
            int seconds = (int) Math.max(1, Math.round(loadNanos / 1e9));
            recorder.finished(new Stage(rate, seconds), System.nanoTime() - startNanos, unfinished);
            awaitConfirmations(recorder);
            return recorder.result();
        }
    }

    @Override
    public void close() {
        generator.shutdownNow();
        workers.shutdownNow();
        pollers.shutdownNow();
    }

    private void order(Shop.Customer customer, StageRecorder recorder) {
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
                    watch(customer, order, recorder);
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
    private void watch(Shop.Customer customer, Api.Answer placedOrder, StageRecorder recorder) {
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

    static void sleepUntil(long nanoTime) throws InterruptedException {
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
