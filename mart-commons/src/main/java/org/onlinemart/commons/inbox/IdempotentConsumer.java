package org.onlinemart.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.MalformedEventException;
import org.onlinemart.commons.persistence.SchemaMigration;

/**
 * What every Kafka consumer calls: decode, then apply once ({@link Inbox}), retrying a few times; an event
 * that cannot be decoded or applied goes to the dead-letter table. It does not throw (but when the database
 * never becomes usable), because a failed message would stop Liberty's Kafka stream: the caller
 * acknowledges the message whatever happened.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class.getName());
    private static final int ATTEMPTS = 3;
    private static final long BACKOFF_MILLIS = 200;
    private static final Duration SCHEMA_WAIT = Duration.ofMinutes(5);

    private Inbox inbox;
    private DeadLetters deadLetters;
    private SchemaMigration schema;

    protected IdempotentConsumer() {
    }

    @Inject
    public IdempotentConsumer(Inbox inbox, DeadLetters deadLetters, SchemaMigration schema) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.schema = schema;
    }

    public <E extends IntegrationEvent> void consume(String consumer, String payload, Class<E> type,
                                                     Consumer<E> effect) {
        awaitSchema();
        E event;
        try {
            event = EventCodec.fromJson(payload, type);
        } catch (MalformedEventException e) {
            deadLetters.store(consumer, null, payload, e);
            return;
        }
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (!inbox.applyOnce(consumer, event, effect)) {
                    LOG.fine(() -> consumer + " skipped already processed event " + event.eventId());
                }
                return;
            } catch (RuntimeException e) {
                lastFailure = e;
                LOG.log(Level.WARNING, consumer + " failed on event " + event.eventId() + ", attempt " + attempt, e);
                pause(BACKOFF_MILLIS * attempt);
            }
        }
        deadLetters.store(consumer, event.eventId(), payload, lastFailure);
    }

    private void awaitSchema() {
        try {
            if (!schema.awaitDone(SCHEMA_WAIT)) {
                throw new IllegalStateException("database schema not migrated after " + SCHEMA_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the schema", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
