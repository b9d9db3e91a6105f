package org.onlinemart.commons.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onlinemart.commons.persistence.SchemaReady;

/**
 * Work a service does now and then on every instance, on the server's managed executor: from the moment its schema
 * is ready (the tables the work needs exist) until the application stops (before the persistence unit closes).
 * Runs never overlap within one JVM; a run asked for meanwhile ({@link #runSoon}) follows the current one. A run
 * that fails is logged, and the next one tries again: an exception would end the schedule.
 */
public abstract class RecurringJob {

    private static final Logger LOG = Logger.getLogger(RecurringJob.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ScheduledFuture<?> schedule;

    /** How long after the schema is ready the first run starts: one period, unless a job says otherwise. */
    protected Duration firstRunAfter() {
        return period();
    }

    /** How long after one run ends the next starts. */
    protected abstract Duration period();

    /** One run of the work. */
    protected abstract void runOnce();

    protected void start(@Observes SchemaReady schemaReady) {
        schedule = executor.scheduleWithFixedDelay(
                this::run, firstRunAfter().toMillis(), period().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs batches, a transaction each, until one comes back short, so that a run finishes the work that piled up
     * without holding locks for long.
     *
     * @param batch does up to {@code batchSize} items and answers how many it did
     * @return how many were done in all
     */
    protected static long inBatches(int batchSize, IntSupplier batch) {
        long total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done == batchSize);
        return total;
    }

    /** Asks for a run now, besides the schedule: after a commit that gave the job work, say. */
    protected void runSoon() {
        if (schedule != null) {
            executor.execute(this::run);
        }
    }

    @PreDestroy
    protected void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void run() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                runOnce();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, getClass().getSimpleName() + " failed; its next run tries again", e);
            } finally {
                running.set(false);
            }
        }
    }
}
