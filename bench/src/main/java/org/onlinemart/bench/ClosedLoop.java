package org.onlinemart.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A closed-loop load: each of n threads makes one call after the other, the next as soon as the last is answered,
 * for a warm-up that does not count and then a window that does. Unlike the open loop of {@code orders}, it finds
 * how much the target does at a fixed concurrency, not how it answers at a fixed rate.
 */
final class ClosedLoop {

    /** One thread's calls, over its own connection; closed when the load is over. */
    interface Worker extends AutoCloseable {

        /** True when the call succeeded, false when it was answered but refused; an exception when it failed. */
        boolean call() throws Exception;

        /** Releases the connection; the figures are taken by then, so a close that fails changes nothing. */
        @Override
        default void close() {}
    }

    /** Opens the worker of thread number i, before the clock starts. */
    @FunctionalInterface
    interface Opener {
        Worker open(int thread) throws Exception;
    }

    private ClosedLoop() {}

    /** Opens n workers, runs them through the warm-up and the window, closes them and answers what they did. */
    static Throughput run(int threads, Duration warmUp, Duration duration, Opener opener) throws InterruptedException {
        List<Worker> workers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                workers.add(opener.open(i));
            }
            Window window = Window.afterWarmUp(warmUp, duration);
            List<Tally> tallies = new ArrayList<>();
            List<Thread> running = new ArrayList<>();
            for (Worker worker : workers) {
                Tally tally = new Tally();
                tallies.add(tally);
                Thread thread = new Thread(() -> tally.loop(worker, window), "bench-loop-" + running.size());
                thread.setDaemon(true);
                thread.start();
                running.add(thread);
            }
            window.awaitStart();
            window.awaitEnd();
            for (Thread thread : running) {
                thread.join();
            }
            return total(threads, window, tallies);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot open " + threads + " workers: " + e, e);
        } finally {
            workers.forEach(Worker::close);
        }
    }

    static Throughput total(int threads, Window window, List<Tally> tallies) {
        long completed = 0;
        long refused = 0;
        long failed = 0;
        String firstError = null;
        List<Samples> samples = new ArrayList<>();
        for (Tally tally : tallies) {
            completed += tally.samples.count();
            refused += tally.refused;
            failed += tally.failed;
            firstError = firstError == null ? tally.firstError : firstError;
            samples.add(tally.samples);
        }
        return new Throughput(
                threads,
                completed,
                refused,
                failed,
                window.seconds(),
                Samples.summary(samples),
                window.generatorCpuSeconds(),
                window.boxBusyCores(),
                firstError);
    }

    /** What one thread did in the window; read only after the thread has ended. */
    static final class Tally {

        final Samples samples = new Samples();
        long refused;
        long failed;
        String firstError;

        void loop(Worker worker, Window window) {
            long start;
            while (window.open(start = System.nanoTime())) {
                boolean ok;
                Exception error = null;
                try {
                    ok = worker.call();
                } catch (Exception e) {
                    ok = false;
                    error = e;
                }
                record(window, start, System.nanoTime(), ok, error);
                if (error != null) {
                    pause();
                }
            }
        }

        /** A target that refuses connections fails at once: without a pause the loop would spin on the box's CPU. */
        private static void pause() {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Counts a call that completed in the window: its latency when it succeeded, else as refused or failed. */
        void record(Window window, long start, long end, boolean ok, Exception error) {
            if (!window.counts(end)) {
                return;
            }
            if (error != null) {
                failed++;
                firstError = firstError == null ? error.toString() : firstError;
            } else if (ok) {
                samples.add(end - start);
            } else {
                refused++;
            }
        }
    }
}
