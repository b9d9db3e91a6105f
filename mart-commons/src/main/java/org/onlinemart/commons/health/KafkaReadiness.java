package org.onlinemart.commons.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a Kafka broker answers and every consumed topic's partitions are assigned (DESIGN.md §1). */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private ConsumerAssignments assignments;

    protected KafkaReadiness() {}

    @Inject
    public KafkaReadiness(ConsumerAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka");
        try {
            ConsumerAssignments.Snapshot snapshot = assignments.check();
            response.withData("brokers", snapshot.brokers());
            snapshot.topicsAssigned()
                    .forEach((topic, assigned) ->
                            response.withData("topic " + topic, assigned ? "assigned" : "not assigned"));
            return response.status(snapshot.healthy()).build();
        } catch (ExecutionException | TimeoutException e) {
            return response.down()
                    .withData("reason", "no broker answered at " + assignments.bootstrapServers())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().build();
        }
    }
}
