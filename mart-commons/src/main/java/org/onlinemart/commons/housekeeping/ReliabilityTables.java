package org.onlinemart.commons.housekeeping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.onlinemart.commons.persistence.NativeTimestamps;

/** Deletes old rows of the shared tables, one short transaction per batch so that no lock is held for long. */
@ApplicationScoped
public class ReliabilityTables {

    @PersistenceContext
    EntityManager entityManager;

    /** Outbox rows published before the cutoff: the relay never reads a sent row again. */
    @Transactional
    public int purgeSentOutboxBefore(Instant cutoff, int limit) {
        return entityManager
                .createNativeQuery("DELETE FROM outbox_message WHERE id IN (SELECT id FROM outbox_message"
                        + " WHERE sent_at < ?1 ORDER BY sent_at LIMIT ?2)")
                .setParameter(1, NativeTimestamps.parameter(cutoff))
                .setParameter(2, limit)
                .executeUpdate();
    }

    /**
     * Processed-event rows recorded before the cutoff. The retention must outlast any redelivery (Kafka's own
     * retention of the topics), or a very late duplicate would be applied a second time.
     */
    @Transactional
    public int purgeProcessedEventsBefore(Instant cutoff, int limit) {
        return entityManager
                .createNativeQuery(
                        "DELETE FROM processed_event WHERE (event_id, consumer) IN (SELECT event_id, consumer"
                                + " FROM processed_event WHERE processed_at < ?1 ORDER BY processed_at LIMIT ?2)")
                .setParameter(1, NativeTimestamps.parameter(cutoff))
                .setParameter(2, limit)
                .executeUpdate();
    }

    /** Token revocations past their forget_after: every token they refused has expired since. */
    @Transactional
    public int purgeTokenRevocationsBefore(Instant cutoff, int limit) {
        return entityManager
                .createNativeQuery("DELETE FROM token_revocation WHERE user_id IN (SELECT user_id FROM token_revocation"
                        + " WHERE forget_after < ?1 ORDER BY forget_after LIMIT ?2)")
                .setParameter(1, NativeTimestamps.parameter(cutoff))
                .setParameter(2, limit)
                .executeUpdate();
    }
}
