package org.onlinemart.order.infrastructure.scheduling;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.persistence.SchemaReady;
import org.onlinemart.order.application.OrderLifecycle;

/**
 * Cancels CONFIRMED orders left unpaid past PAYMENT_GRACE_MINUTES (DESIGN.md §5 step 4). Every instance runs it;
 * the row locks it skips make that safe. How many it cancelled is {@code order_unpaid_cancelled_total}.
 */
@ApplicationScoped
public class UnpaidOrdersJob {

    private static final Logger LOG = Logger.getLogger(UnpaidOrdersJob.class.getName());
    private static final int BATCH_SIZE = 100;

    @Resource
    ManagedScheduledExecutorService executor;

    private OrderLifecycle lifecycle;
    private MetricRegistry metrics;
    private long periodSeconds;
    private volatile ScheduledFuture<?> schedule;

    protected UnpaidOrdersJob() {}

    @Inject
    public UnpaidOrdersJob(
            OrderLifecycle lifecycle,
            MetricRegistry metrics,
            @ConfigProperty(name = "order.unpaid-check.period-seconds", defaultValue = "10") long periodSeconds) {
        this.lifecycle = lifecycle;
        this.metrics = metrics;
        this.periodSeconds = periodSeconds;
    }

    void start(@Observes SchemaReady schemaReady) {
        schedule = executor.scheduleWithFixedDelay(this::cancelUnpaid, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    /** Stops before the persistence unit closes when the application stops. */
    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void cancelUnpaid() {
        try {
            int cancelled;
            do {
                cancelled = lifecycle.cancelUnpaid(Instant.now(), BATCH_SIZE);
                if (cancelled > 0) {
                    metrics.counter("order_unpaid_cancelled").inc(cancelled);
                    LOG.info("Cancelled " + cancelled + " order(s) unpaid past the grace period");
                }
            } while (cancelled == BATCH_SIZE);
        } catch (RuntimeException e) {
            // the orders stay CONFIRMED and the next run tries again; throwing would end the schedule
            LOG.log(Level.WARNING, "Could not cancel the orders unpaid past the grace period", e);
        }
    }
}
