package org.onlinemart.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.TopicNames;

/**
 * Records events in the caller's transaction, so that a state change and the events it causes commit
 * or roll back together; {@link OutboxRelay} publishes them after the commit. Calling it outside a
 * transaction is a bug and fails loudly.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager entityManager;

    private TopicNames topics;
    private OutboxRelay relay;

    protected Outbox() {}

    @Inject
    public Outbox(TopicNames topics, OutboxRelay relay) {
        this.topics = topics;
        this.relay = relay;
    }

    @Transactional(TxType.MANDATORY)
    public void enqueue(IntegrationEvent event) {
        entityManager.persist(new OutboxMessage(
                event.eventId(), topics.of(event.getClass()), event.partitionKey(), EventCodec.toJson(event)));
        relay.publishAfterCommit();
    }
}
