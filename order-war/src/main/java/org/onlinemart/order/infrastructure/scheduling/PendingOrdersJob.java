package org.onlinemart.order.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.scheduling.RecurringJob;
import org.onlinemart.order.application.PendingOrders;

/**
 * Asks inventory again about orders still PENDING well past the saga's reply time (issue 12), every
 * {@code order.reconcile.period-seconds}. Every instance runs it; the row locks it skips make that safe. How many
 * orders it asked about is {@code order_reconciled_total}.
 */
@ApplicationScoped
public class PendingOrdersJob extends RecurringJob {

    private static final int BATCH_SIZE = 100;

    private PendingOrders pendingOrders;
    private MetricRegistry metrics;
    private Duration period;

    protected PendingOrdersJob() {}

    @Inject
    public PendingOrdersJob(
            PendingOrders pendingOrders,
            MetricRegistry metrics,
            @ConfigProperty(name = "order.reconcile.period-seconds", defaultValue = "15") long periodSeconds) {
        this.pendingOrders = pendingOrders;
        this.metrics = metrics;
        metrics.counter("order_reconciled"); // at 0 until an order is asked about again, not absent
        this.period = Duration.ofSeconds(periodSeconds);
    }

    @Override
    protected Duration period() {
        return period;
    }

    @Override
    protected void runOnce() {
        // each order gets a log line of its own (PendingOrders), with its order= and correlation=
        long reconciled = inBatches(BATCH_SIZE, () -> pendingOrders.askInventoryAgain(Instant.now(), BATCH_SIZE));
        if (reconciled > 0) {
            metrics.counter("order_reconciled").inc(reconciled);
        }
    }
}
