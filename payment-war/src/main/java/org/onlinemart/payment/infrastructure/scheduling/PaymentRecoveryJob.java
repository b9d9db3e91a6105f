package org.onlinemart.payment.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.scheduling.RecurringJob;
import org.onlinemart.payment.application.PaymentRecovery;

/**
 * Runs {@link PaymentRecovery} at start-up and then every few seconds on every instance (the row locks it skips
 * make that safe). How many payments it finished is {@code payment_recovered_total}.
 */
@ApplicationScoped
public class PaymentRecoveryJob extends RecurringJob {

    private PaymentRecovery recovery;
    private MetricRegistry metrics;
    private Duration period;

    protected PaymentRecoveryJob() {}

    @Inject
    public PaymentRecoveryJob(
            PaymentRecovery recovery,
            MetricRegistry metrics,
            @ConfigProperty(name = "payment.recovery.period-seconds", defaultValue = "5") long periodSeconds) {
        this.recovery = recovery;
        this.metrics = metrics;
        metrics.counter("payment_recovered"); // at 0 until a payment is recovered, not absent
        this.period = Duration.ofSeconds(periodSeconds);
    }

    @Override
    protected Duration firstRunAfter() {
        return Duration.ZERO;
    }

    @Override
    protected Duration period() {
        return period;
    }

    @Override
    protected void runOnce() {
        int finished = recovery.finishUnfinished();
        if (finished > 0) {
            metrics.counter("payment_recovered").inc(finished);
        }
    }
}
