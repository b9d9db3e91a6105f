package org.onlinemart.commons.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Not live when a consumed topic that was assigned has stayed unassigned past a grace period: its
 * channel's stream has ended and only a restart brings it back (an orchestrator's liveness probe, or the
 * devstack's watchdog, does that). While no broker answers, nothing is judged: Kafka being away is not
 * a reason to restart.
 */
@Liveness
@ApplicationScoped
public class KafkaConsumerLiveness implements HealthCheck {

    static final Duration GRACE = Duration.ofSeconds(30);

    private ConsumerAssignments assignments;

    protected KafkaConsumerLiveness() {}

    @Inject
    public KafkaConsumerLiveness(ConsumerAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            assignments.check();
        } catch (ExecutionException | TimeoutException e) {
            // no broker: the record of assignments stays as it was
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Set<String> lost = assignments.lostFor(GRACE);
        return HealthCheckResponse.named("kafka-consumers")
                .status(lost.isEmpty())
                .withData("lost topics", String.join(",", lost))
                .build();
    }
}
