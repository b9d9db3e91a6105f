package org.onlinemart.commons.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counts {@link Counted} events in the application's MetricRegistry once their transaction has committed. */
@ApplicationScoped
public class CountersAfterCommit {

    private MetricRegistry metrics;

    protected CountersAfterCommit() {}

    @Inject
    public CountersAfterCommit(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) Counted counted) {
        metrics.counter(counted.metric(), new Tag(counted.tag(), counted.value()))
                .inc();
    }
}
