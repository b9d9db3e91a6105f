package org.onlinemart.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.TopicNames;

/**
 * Keeps the events a consumer could not process, so that consumption goes on and nothing is lost; with the topic and
 * Kafka key they came with, so that an admin can replay them (commons.deadletter).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());
    private static final int MAX_ERROR_LENGTH = 2000;
    /** The column's width, as outbox_message.message_key's. */
    private static final int MAX_KEY_LENGTH = 200;

    @PersistenceContext
    EntityManager entityManager;

    private MetricRegistry metrics;
    private TopicNames topics;

    protected DeadLetters() {}

    @Inject
    public DeadLetters(MetricRegistry metrics, TopicNames topics) {
        this.metrics = metrics;
        this.topics = topics;
    }

    /** PostgreSQL text holds no NUL character; a record without a value is kept as an empty payload. */
    static String storable(String payload) {
        return payload == null ? "" : payload.replace("\0", "\\u0000");
    }

    /**
     * The topic events of that type come from (where the outbox publishes them), or null when the type names none:
     * a dead letter without a topic is kept all the same, it only cannot be replayed.
     */
    static String topicOf(TopicNames topics, Class<? extends IntegrationEvent> type) {
        try {
            return topics.of(type);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The key the event was published with ({@link IntegrationEvent#partitionKey}, as the outbox sends it), if any. */
    static String keyOf(IntegrationEvent event) {
        try {
            String key = event == null ? null : event.partitionKey();
            return key == null || key.length() > MAX_KEY_LENGTH ? null : key;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Keeps a message of the given type that its consumer could not process.
     *
     * @param event the decoded event, or null when the payload could not be decoded (then nothing can be replayed)
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void store(
            String consumer,
            Class<? extends IntegrationEvent> type,
            IntegrationEvent event,
            String payload,
            Throwable cause) {
        String error = String.valueOf(cause);
        UUID eventId = event == null ? null : event.eventId();
        LOG.severe("Dead-lettered an event for " + consumer + " (event_id " + eventId + "): " + error);
        entityManager
                .createNativeQuery("INSERT INTO dead_letter (consumer, topic, event_id, message_key, payload, error)"
                        + " VALUES (?1, ?2, CAST(?3 AS uuid), ?4, ?5, ?6)")
                .setParameter(1, consumer)
                .setParameter(2, topicOf(topics, type))
                .setParameter(3, eventId == null ? null : eventId.toString())
                .setParameter(4, keyOf(event))
                .setParameter(5, storable(payload))
                .setParameter(6, error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH))
                .executeUpdate();
        metrics.counter("inbox_dead_letters", new Tag("consumer", consumer)).inc();
    }
}
