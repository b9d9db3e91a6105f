package org.onlinemart.payment.infrastructure.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.persistence.SchemaReady;
import org.onlinemart.payment.application.PaymentRecovery;

/**
 * Runs {@link PaymentRecovery} at start-up and then every few seconds on every instance (the row locks it skips
 * make that safe). How many payments it finished is {@code payment_recovered_total}.
 */
@ApplicationScoped
public class PaymentRecoveryJob {

    private static final Logger LOG = Logger.getLogger(PaymentRecoveryJob.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    private PaymentRecovery recovery;
    private MetricRegistry metrics;
    private long periodSeconds;
    private volatile ScheduledFuture<?> schedule;

    protected PaymentRecoveryJob() {}

    @Inject
    public PaymentRecoveryJob(
            PaymentRecovery recovery,
            MetricRegistry metrics,
            @ConfigProperty(name = "payment.recovery.period-seconds", defaultValue = "5") long periodSeconds) {
        this.recovery = recovery;
        this.metrics = metrics;
        this.periodSeconds = periodSeconds;
    }

    void start(@Observes SchemaReady schemaReady) {
        schedule = executor.scheduleWithFixedDelay(this::recover, 0, periodSeconds, TimeUnit.SECONDS);
    }

    /** Stops before the persistence unit closes when the application stops. */
    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void recover() {
        try {
            int finished = recovery.finishUnfinished();
            if (finished > 0) {
                metrics.counter("payment_recovered").inc(finished);
            }
        } catch (RuntimeException e) {
            // the payments stay as they are and the next run tries again; throwing would end the schedule
            LOG.log(Level.WARNING, "Could not finish the payments that wait for the gateway", e);
        }
    }
}
