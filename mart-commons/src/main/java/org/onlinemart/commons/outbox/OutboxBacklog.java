package org.onlinemart.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.persistence.SchemaReady;

/**
 * How far the relay is behind, as gauges in /metrics: {@code outbox_pending} (events written but not yet on Kafka)
 * and {@code outbox_oldest_pending_seconds} (how long the oldest of them has waited; 0 when none). Both grow while
 * Kafka is down and fall back to 0 once the relay has caught up. Parked rows count apart, in
 * {@code outbox_parked_rows}, until an admin releases them.
 */
@ApplicationScoped
public class OutboxBacklog {

    @PersistenceContext
    EntityManager entityManager;

    private MetricRegistry metrics;
    private OutboxBacklog self;

    protected OutboxBacklog() {}

    @Inject
    public OutboxBacklog(MetricRegistry metrics, OutboxBacklog self) {
        this.metrics = metrics;
        this.self = self;
    }

    void register(@Observes SchemaReady schemaReady) {
        // through the injected proxy, so that each reading runs in a transaction of its own
        metrics.gauge("outbox_pending", self, OutboxBacklog::pending);
        metrics.gauge("outbox_oldest_pending_seconds", self, OutboxBacklog::oldestPendingSeconds);
        metrics.gauge("outbox_parked_rows", self, OutboxBacklog::parked);
    }

    @Transactional
    public long pending() {
        return ((Number) entityManager
                        .createNativeQuery(
                                "SELECT count(*) FROM outbox_message WHERE sent_at IS NULL AND parked_at IS NULL")
                        .getSingleResult())
                .longValue();
    }

    /** Rows the relay parked and no admin has released yet. */
    @Transactional
    public long parked() {
        return ((Number) entityManager
                        .createNativeQuery(
                                "SELECT count(*) FROM outbox_message WHERE sent_at IS NULL AND parked_at IS NOT NULL")
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public double oldestPendingSeconds() {
        Object seconds = entityManager
                .createNativeQuery("SELECT EXTRACT(EPOCH FROM now() - min(created_at)) FROM outbox_message"
                        + " WHERE sent_at IS NULL AND parked_at IS NULL")
                .getSingleResult();
        return seconds == null ? 0 : ((Number) seconds).doubleValue();
    }
}
