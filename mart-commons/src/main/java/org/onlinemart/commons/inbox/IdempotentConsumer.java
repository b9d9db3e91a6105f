package org.onlinemart.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.MalformedEventException;
import org.onlinemart.commons.persistence.SchemaMigration;

/**
 * What every Kafka consumer calls: decode, then apply once ({@link Inbox}), retrying a few times; an event
 * that cannot be decoded or applied goes to the dead-letter table. It never throws, because a failed
 * message would stop Liberty's Kafka stream for good: while the database cannot even take the dead
 * letter, it waits and tries again, so the message is neither lost nor acknowledged unrecorded.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class.getName());
    private static final int ATTEMPTS = 3;
    private static final long BACKOFF_MILLIS = 200;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private Inbox inbox;
    private DeadLetters deadLetters;
    private SchemaMigration schema;

    protected IdempotentConsumer() {}

    @Inject
    public IdempotentConsumer(Inbox inbox, DeadLetters deadLetters, SchemaMigration schema) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.schema = schema;
    }

    public <E extends IntegrationEvent> void consume(
            String consumer, String payload, Class<E> type, Consumer<E> effect) {
        awaitSchema();
        E event;
        try {
            event = EventCodec.fromJson(payload, type);
        } catch (MalformedEventException e) {
            deadLetter(consumer, null, payload, e);
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
        deadLetter(consumer, event.eventId(), payload, lastFailure);
    }

    private void deadLetter(String consumer, UUID eventId, String payload, RuntimeException cause) {
        for (long backoff = BACKOFF_MILLIS; ; backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2)) {
            try {
                deadLetters.store(consumer, eventId, payload, cause);
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, consumer + " cannot store a dead letter yet; retrying in " + backoff + " ms", e);
                pause(backoff);
            }
        }
    }

    private void awaitSchema() {
        try {
            while (!schema.awaitDone(Duration.ofMinutes(1))) {
                LOG.warning("Kafka consumers wait for the database schema to be migrated");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
