package org.onlinemart.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.messaging.KafkaEventPublisher;

/**
 * Publishes the oldest unsent rows in one transaction and marks those Kafka acknowledged. A
 * transaction-scoped advisory lock lets one relay per database work at a time, which keeps events in
 * order per key even with several instances of a service.
 *
 * <p>When a row fails, the rows behind it with another topic or key are tried at once. If Kafka takes them, the
 * failure is the row's own (too large, a topic that does not exist), and after {@value #PARK_AFTER_SOLO_FAILURES}
 * such failures the row is parked: no longer tried until an admin releases it, while the rows of its topic and key
 * wait behind it to keep their order. If Kafka takes none, Kafka is away: nothing is held against the row.
 */
@ApplicationScoped
public class OutboxBatch {

    private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());
    private static final long RELAY_LOCK = 0x6d617274L; // "mart"
    static final int PARK_AFTER_SOLO_FAILURES = 10;

    /**
     * @param lockHeld another relay on this database was draining, so this one read nothing
     * @param error set when Kafka itself seems away, so that the relay backs off
     */
    record Result(int claimed, int published, boolean lockHeld, String error) {

        static Result ofLockHeld() {
            return new Result(0, 0, true, null);
        }

        static Result of(int claimed, int published, String error) {
            return new Result(claimed, published, false, error);
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    private KafkaEventPublisher publisher;
    private MetricRegistry metrics;

    protected OutboxBatch() {}

    @Inject
    public OutboxBatch(KafkaEventPublisher publisher, MetricRegistry metrics) {
        this.publisher = publisher;
        this.metrics = metrics;
        metrics.counter("outbox_parked"); // at 0 until a row is parked, not absent
    }

    @Transactional
    public Result publishNext(int limit) {
        Object leader = entityManager
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                .getSingleResult();
        if (!Boolean.TRUE.equals(leader)) {
            return Result.ofLockHeld();
        }
        // Marking rows sent need not wait for a disk flush: the rows themselves were committed durably with their
        // state change, and a mark lost in a crash only publishes them again, which every consumer's inbox ignores.
        entityManager
                .createNativeQuery("SELECT set_config('synchronous_commit', 'off', true)")
                .getSingleResult();
        List<OutboxMessage> pending = entityManager
                .createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.parkedAt IS NULL AND NOT EXISTS"
                                + " (SELECT p FROM OutboxMessage p WHERE p.parkedAt IS NOT NULL AND p.sentAt IS NULL"
                                + " AND p.topic = m.topic AND p.messageKey = m.messageKey) ORDER BY m.id",
                        OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
        KafkaEventPublisher.Outcome outcome = publisher.publishInOrder(records(pending));
        pending.subList(0, outcome.published()).forEach(OutboxMessage::markSent);
        if (outcome.error() == null) {
            return Result.of(pending.size(), outcome.published(), null);
        }
        OutboxMessage failed = pending.get(outcome.published());
        List<OutboxMessage> behind = pending.subList(outcome.published() + 1, pending.size()).stream()
                .filter(message -> !sameKey(message, failed))
                .toList();
        KafkaEventPublisher.Outcome probe = publisher.publishInOrder(records(behind));
        behind.subList(0, probe.published()).forEach(OutboxMessage::markSent);
        boolean alone = probe.published() > 0;
        failed.recordFailure(outcome.error(), alone);
        if (alone && failed.soloFailures() >= PARK_AFTER_SOLO_FAILURES) {
            failed.park();
            metrics.counter("outbox_parked").inc();
            LOG.warning("Parked outbox row " + failed.id() + " (event " + failed.eventId() + " on " + failed.topic()
                    + "): it failed " + failed.soloFailures() + " times while the rows behind it were published; "
                    + "rows with its key wait behind it. Last error: " + outcome.error());
        }
        int published = outcome.published() + probe.published();
        return Result.of(pending.size(), published, alone ? null : outcome.error());
    }

    private static boolean sameKey(OutboxMessage a, OutboxMessage b) {
        return a.topic().equals(b.topic()) && a.messageKey().equals(b.messageKey());
    }

    private static List<ProducerRecord<String, String>> records(List<OutboxMessage> messages) {
        return messages.stream()
                .map(message -> new ProducerRecord<>(message.topic(), message.messageKey(), message.payload()))
                .toList();
    }
}
