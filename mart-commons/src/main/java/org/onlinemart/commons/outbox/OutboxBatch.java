package org.onlinemart.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.onlinemart.commons.messaging.KafkaEventPublisher;

/**
 * Publishes the oldest unsent rows in one transaction and marks those Kafka acknowledged. A
 * transaction-scoped advisory lock lets one relay per database work at a time, which keeps events in
 * order per key even with several instances of a service.
 */
@ApplicationScoped
public class OutboxBatch {

    private static final long RELAY_LOCK = 0x6d617274L; // "mart"

    record Result(int claimed, int published, String error) {}

    @PersistenceContext
    EntityManager entityManager;

    private KafkaEventPublisher publisher;

    protected OutboxBatch() {}

    @Inject
    public OutboxBatch(KafkaEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Transactional
    public Result publishNext(int limit) {
        Object leader = entityManager
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                .getSingleResult();
        if (!Boolean.TRUE.equals(leader)) {
            return new Result(0, 0, null);
        }
        List<OutboxMessage> pending = entityManager
                .createQuery("SELECT m FROM OutboxMessage m WHERE m.sentAt IS NULL ORDER BY m.id", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
        KafkaEventPublisher.Outcome outcome = publisher.publishInOrder(pending.stream()
                .map(message -> new ProducerRecord<>(message.topic(), message.messageKey(), message.payload()))
                .toList());
        pending.subList(0, outcome.published()).forEach(OutboxMessage::markSent);
        if (outcome.error() != null) {
            pending.get(outcome.published()).recordFailure(outcome.error());
        }
        return new Result(pending.size(), outcome.published(), outcome.error());
    }
}
