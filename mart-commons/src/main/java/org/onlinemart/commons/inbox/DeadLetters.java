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

/** Keeps the events a consumer could not process, so that consumption goes on and nothing is lost. */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());
    private static final int MAX_ERROR_LENGTH = 2000;

    @PersistenceContext
    EntityManager entityManager;

    private MetricRegistry metrics;

    protected DeadLetters() {}

    @Inject
    public DeadLetters(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    /** PostgreSQL text holds no NUL character; a record without a value is kept as an empty payload. */
    static String storable(String payload) {
        return payload == null ? "" : payload.replace("\0", "\\u0000");
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void store(String consumer, UUID eventId, String payload, Throwable cause) {
        String error = String.valueOf(cause);
        LOG.severe("Dead-lettered an event for " + consumer + " (event_id " + eventId + "): " + error);
        entityManager
                .createNativeQuery("INSERT INTO dead_letter (consumer, event_id, payload, error)"
                        + " VALUES (?1, CAST(?2 AS uuid), ?3, ?4)")
                .setParameter(1, consumer)
                .setParameter(2, eventId == null ? null : eventId.toString())
                .setParameter(3, storable(payload))
                .setParameter(4, error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH))
                .executeUpdate();
        metrics.counter("inbox_dead_letters", new Tag("consumer", consumer)).inc();
    }
}
