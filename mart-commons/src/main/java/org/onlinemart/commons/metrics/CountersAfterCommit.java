package org.onlinemart.commons.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counts {@link Counted} events in the application's MetricRegistry once their transaction has committed. */
@ApplicationScoped
public class CountersAfterCommit {

    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    private MetricRegistry metrics;

    protected CountersAfterCommit() {}

    @Inject
    public CountersAfterCommit(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) Counted counted) {
        if (declared.add(counted.metric())) {
            // getting a counter registers it: the metric's other values appear at 0
            counted.possibleValues().forEach(value -> metrics.counter(counted.metric(), new Tag(counted.tag(), value)));
        }
        metrics.counter(counted.metric(), new Tag(counted.tag(), counted.value()))
                .inc();
    }
}
