package org.onlinemart.commons.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.onlinemart.commons.persistence.SchemaReady;

/**
 * Publishes pending outbox rows: right after each commit that wrote some, again shortly when another instance's
 * relay held the database's lock, at the end of each back-off, and every 5 s as a safety net. One drain runs at a
 * time per JVM (and one per database, see {@link OutboxBatch}); when Kafka fails, the relay backs off exponentially
 * up to 30 s and the rows wait, so no write ever fails for it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH_SIZE = 100;
    // only a safety net: every way a row becomes publishable asks for a drain itself
    private static final long POLL_MILLIS = 5000;
    // another instance's relay is draining and may have read the rows before this instance committed them
    private static final long LOCK_HELD_RETRY_MILLIS = 100;
    private static final long FIRST_BACKOFF_MILLIS = 250;
    private static final long MAX_BACKOFF_MILLIS = 30_000;
    private static final String AFTER_COMMIT_KEY = OutboxRelay.class.getName();

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private OutboxBatch batch;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private volatile boolean started;
    private volatile int failures;
    private volatile long pausedUntil;

    protected OutboxRelay() {}

    @Inject
    public OutboxRelay(OutboxBatch batch) {
        this.batch = batch;
    }

    void start(@Observes SchemaReady schemaReady) {
        started = true;
        executor.scheduleWithFixedDelay(this::drain, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Asks for a drain once the current transaction has committed (once per transaction). */
    public void publishAfterCommit() {
        if (transactions.getResource(AFTER_COMMIT_KEY) != null) {
            return;
        }
        transactions.putResource(AFTER_COMMIT_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED && started) {
                    executor.execute(OutboxRelay.this::drain);
                }
            }
        });
    }

    private void drain() {
        again.set(true);
        while (again.get() && draining.compareAndSet(false, true)) {
            try {
                again.set(false);
                publishPending();
            } catch (RuntimeException e) {
                backOff(e.toString());
            } finally {
                draining.set(false);
            }
        }
    }

    private void publishPending() {
        long pausedFor = pausedUntil - System.currentTimeMillis();
        if (pausedFor > 0) {
            retryIn(pausedFor);
            return;
        }
        OutboxBatch.Result result;
        do {
            result = batch.publishNext(BATCH_SIZE);
            if (result.error() != null) {
                backOff(result.error());
                return;
            }
            if (result.lockHeld()) {
                retryIn(LOCK_HELD_RETRY_MILLIS);
                return;
            }
        } while (result.claimed() == BATCH_SIZE);
        if (failures > 0) {
            LOG.info("Outbox relay publishes again after " + failures + " failed attempt(s)");
            failures = 0;
        }
    }

    private void backOff(String error) {
        failures++;
        long delay = Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(failures - 1, 10));
        pausedUntil = System.currentTimeMillis() + delay;
        LOG.warning("Outbox relay could not publish (" + error + "); next attempt in " + delay + " ms");
        retryIn(delay);
    }

    /** One drain after {@code millis}, however often it is asked for meanwhile. */
    private void retryIn(long millis) {
        if (retryScheduled.compareAndSet(false, true)) {
            executor.schedule(
                    () -> {
                        retryScheduled.set(false);
                        drain();
                    },
                    millis,
                    TimeUnit.MILLISECONDS);
        }
    }
}
