package org.onlinemart.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onlinemart.commons.messaging.KafkaEventPublisher;

/**
 * Publishes the oldest unsent rows in one transaction and marks those Kafka acknowledged. A
 * transaction-scoped advisory lock lets one relay per database work at a time, which keeps events in
 * order per key even with several instances of a service.
 *
 * <p>It runs after nearly every commit that writes events, so its usual path is three plain statements (lead and
 * commit without a flush, read the rows, mark them sent in one update), without loading entities; only a row that
 * fails is loaded as an {@link OutboxMessage} to count its failure.
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

    /** @param error set when Kafka itself seems away, so that the relay backs off */
    record Result(int claimed, int published, String error) {}

    /** An unsent row, as much of it as publishing needs. */
    private record Pending(long id, String topic, String key, String payload) {

        static Pending of(Object[] row) {
            return new Pending(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]);
        }

        boolean sameKeyAs(Pending other) {
            return topic.equals(other.topic) && key.equals(other.key);
        }

        ProducerRecord<String, String> record() {
            return new ProducerRecord<>(topic, key, payload);
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
        // Marking rows sent need not wait for a disk flush: the rows themselves were committed durably with their
        // state change, and a mark lost in a crash only publishes them again, which every consumer's inbox ignores.
        Object[] leader = (Object[]) entityManager
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(" + RELAY_LOCK
                        + "), set_config('synchronous_commit', 'off', true)")
                .getSingleResult();
        if (!Boolean.TRUE.equals(leader[0])) {
            return new Result(0, 0, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT m.id, m.topic, m.message_key, m.payload FROM outbox_message m"
                        + " WHERE m.sent_at IS NULL AND m.parked_at IS NULL AND NOT EXISTS (SELECT 1 FROM outbox_message p"
                        + " WHERE p.parked_at IS NOT NULL AND p.sent_at IS NULL AND p.topic = m.topic"
                        + " AND p.message_key = m.message_key) ORDER BY m.id LIMIT ?1")
                .setParameter(1, limit)
                .getResultList();
        List<Pending> pending = rows.stream().map(Pending::of).toList();
        KafkaEventPublisher.Outcome outcome = publisher.publishInOrder(records(pending));
        markSent(pending.subList(0, outcome.published()));
        if (outcome.error() == null) {
            return new Result(pending.size(), outcome.published(), null);
        }
        Pending failed = pending.get(outcome.published());
        List<Pending> behind = pending.subList(outcome.published() + 1, pending.size()).stream()
                .filter(message -> !message.sameKeyAs(failed))
                .toList();
        KafkaEventPublisher.Outcome probe = publisher.publishInOrder(records(behind));
        markSent(behind.subList(0, probe.published()));
        boolean alone = probe.published() > 0;
        recordFailure(failed, outcome.error(), alone);
        int published = outcome.published() + probe.published();
        return new Result(pending.size(), published, alone ? null : outcome.error());
    }

    /** One statement for the whole batch; the ids go as one array literal, read by PostgreSQL. */
    private void markSent(List<Pending> sent) {
        if (sent.isEmpty()) {
            return;
        }
        String ids =
                sent.stream().map(message -> Long.toString(message.id())).collect(Collectors.joining(",", "{", "}"));
        entityManager
                .createNativeQuery(
                        "UPDATE outbox_message SET sent_at = now(), attempts = attempts + 1, last_error = NULL"
                                + " WHERE id = ANY (CAST(?1 AS bigint[]))")
                .setParameter(1, ids)
                .executeUpdate();
    }

    private void recordFailure(Pending pending, String error, boolean alone) {
        OutboxMessage failed = entityManager.find(OutboxMessage.class, pending.id());
        failed.recordFailure(error, alone);
        if (alone && failed.soloFailures() >= PARK_AFTER_SOLO_FAILURES) {
            failed.park();
            metrics.counter("outbox_parked").inc();
            LOG.warning("Parked outbox row " + failed.id() + " (event " + failed.eventId() + " on " + failed.topic()
                    + "): it failed " + failed.soloFailures() + " times while the rows behind it were published; "
                    + "rows with its key wait behind it. Last error: " + error);
        }
    }

    private static List<ProducerRecord<String, String>> records(List<Pending> messages) {
        return messages.stream().map(Pending::record).toList();
    }
}
