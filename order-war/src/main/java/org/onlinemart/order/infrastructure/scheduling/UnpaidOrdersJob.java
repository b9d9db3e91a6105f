package org.onlinemart.order.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.scheduling.RecurringJob;
import org.onlinemart.order.application.OrderLifecycle;

/**
 * Cancels CONFIRMED orders left unpaid past PAYMENT_GRACE_MINUTES (DESIGN.md §5 step 4). Every instance runs it;
 * the row locks it skips make that safe. How many it cancelled is {@code order_unpaid_cancelled_total}.
 */
@ApplicationScoped
public class UnpaidOrdersJob extends RecurringJob {

    private static final Logger LOG = Logger.getLogger(UnpaidOrdersJob.class.getName());
    private static final int BATCH_SIZE = 100;

    private OrderLifecycle lifecycle;
    private MetricRegistry metrics;
    private Duration period;

    protected UnpaidOrdersJob() {}

    @Inject
    public UnpaidOrdersJob(
            OrderLifecycle lifecycle,
            MetricRegistry metrics,
            @ConfigProperty(name = "order.unpaid-check.period-seconds", defaultValue = "10") long periodSeconds) {
        this.lifecycle = lifecycle;
        this.metrics = metrics;
        metrics.counter("order_unpaid_cancelled"); // at 0 until an order is cancelled, not absent
        this.period = Duration.ofSeconds(periodSeconds);
    }

    @Override
    protected Duration period() {
        return period;
    }

    @Override
    protected void runOnce() {
        long cancelled = inBatches(BATCH_SIZE, () -> lifecycle.cancelUnpaid(Instant.now(), BATCH_SIZE));
        if (cancelled > 0) {
            metrics.counter("order_unpaid_cancelled").inc(cancelled);
            LOG.info("Cancelled " + cancelled + " order(s) unpaid past the grace period");
        }
    }
}
