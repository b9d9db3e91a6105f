package org.onlinemart.payment.infrastructure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.onlinemart.payment.application.PaymentSettled;

/** {@code payments_total{status=SUCCEEDED|FAILED|REFUNDED}} in /metrics: payments as they were committed. */
@ApplicationScoped
public class PaymentCounters {

    private MetricRegistry metrics;

    protected PaymentCounters() {}

    @Inject
    public PaymentCounters(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentSettled settled) {
        metrics.counter("payments", new Tag("status", settled.status().name())).inc();
    }
}
