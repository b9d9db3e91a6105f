package org.onlinemart.commons.outbox.parked;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.onlinemart.commons.outbox.OutboxMessage;
import org.onlinemart.commons.outbox.OutboxRelay;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.persistence.JpaPages;
import org.onlinemart.commons.problem.ResourceNotFoundException;

/** The parked rows of this service's outbox, and putting them back in line for the relay. */
@ApplicationScoped
public class ParkedMessages {

    private static final String PARKED = "m.parkedAt IS NOT NULL AND m.sentAt IS NULL";

    @PersistenceContext
    EntityManager entityManager;

    private OutboxRelay relay;

    protected ParkedMessages() {}

    @Inject
    public ParkedMessages(OutboxRelay relay) {
        this.relay = relay;
    }

    @Transactional
    public Page<OutboxMessage> oldestFirst(PageRequest request) {
        return JpaPages.page(
                entityManager.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE " + PARKED + " ORDER BY m.id", OutboxMessage.class),
                entityManager.createQuery("SELECT count(m) FROM OutboxMessage m WHERE " + PARKED, Long.class),
                request);
    }

    /** The relay tries it again once this commits, and the rows of its topic and key behind it after it. */
    @Transactional
    public OutboxMessage release(long id) {
        OutboxMessage message = entityManager
                .createQuery("SELECT m FROM OutboxMessage m WHERE m.id = :id AND " + PARKED, OutboxMessage.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Parked outbox row", id));
        message.release();
        relay.publishAfterCommit();
        return message;
    }

    @Transactional
    public int releaseAll() {
        int released = entityManager
                .createQuery("UPDATE OutboxMessage m SET m.parkedAt = NULL, m.soloFailures = 0 WHERE " + PARKED)
                .executeUpdate();
        if (released > 0) {
            relay.publishAfterCommit();
        }
        return released;
    }
}
