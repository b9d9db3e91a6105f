package org.onlinemart.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.persistence.SchemaMigration;

/**
 * What every Kafka consumer calls: decode, then apply once ({@link Inbox}). It returns (and so acknowledges the
 * message) only once the event is applied, was applied before, or is kept as a dead letter:
 * <ul>
 *   <li>a failure that passes ({@link FailureKind#TRANSIENT}: the database away, a lock or statement timeout, a
 *   serialization failure) is retried with capped exponential back-off and no limit, so the channel pauses and
 *   nothing is acknowledged or dead-lettered while the database is away;</li>
 *   <li>a message that cannot be decoded (not JSON, null, no event id), or an event whose effect fails for another
 *   reason {@value #PERMANENT_ATTEMPTS} times, goes to the dead-letter table and consumption goes on.</li>
 * </ul>
 * It never throws while the server runs, because a failed message would stop Liberty's Kafka stream for good.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class.getName());
    static final int PERMANENT_ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private Inbox inbox;
    private DeadLetters deadLetters;
    private SchemaMigration schema;
    private Pause pause;

    /** How a retry waits; tests pass one that does not. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    protected IdempotentConsumer() {}

    @Inject
    public IdempotentConsumer(Inbox inbox, DeadLetters deadLetters, SchemaMigration schema) {
        this(inbox, deadLetters, schema, duration -> Thread.sleep(duration.toMillis()));
    }

    IdempotentConsumer(Inbox inbox, DeadLetters deadLetters, SchemaMigration schema, Pause pause) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.schema = schema;
        this.pause = pause;
    }

    /**
     * A request that changes nothing, such as get_product_details: decoded and answered without the inbox, since
     * answering twice is harmless and the asker ignores repeated answers. An answer that fails (the database or
     * Kafka away) is logged and not retried: by the time it could go, the asker has stopped waiting and asked again.
     */
    public <E extends IntegrationEvent> void answer(
            String consumer, String payload, Class<E> type, Consumer<E> respond) {
        E request = decoded(consumer, payload, type);
        if (request == null) {
            return;
        }
        try {
            respond.accept(request);
        } catch (RuntimeException e) {
            LOG.warning(consumer + " could not answer request " + request.eventId() + " (" + FailureKind.of(e)
                    + "), left unanswered: " + e);
        }
    }

    public <E extends IntegrationEvent> void consume(
            String consumer, String payload, Class<E> type, Consumer<E> effect) {
        E event = decoded(consumer, payload, type);
        if (event != null) {
            applyAlone(consumer, event, payload, type, effect);
        }
    }

    /**
     * A batch of messages of one channel, in their order: applied in one transaction when every effect succeeds, and
     * else one by one as {@link #consume} does, so that a failing event delays and dead-letters only itself. It
     * returns once every event is applied, was applied before, or is kept as a dead letter.
     */
    public <E extends IntegrationEvent> void consumeAll(
            String consumer, List<String> payloads, Class<E> type, Consumer<E> effect) {
        if (payloads.size() == 1) {
            consume(consumer, payloads.get(0), type, effect);
            return;
        }
        List<E> events = new ArrayList<>(payloads.size());
        List<String> kept = new ArrayList<>(payloads.size());
        for (String payload : payloads) {
            E event = decoded(consumer, payload, type);
            if (event != null) {
                events.add(event);
                kept.add(payload);
            }
        }
        try {
            int skipped = events.size() - inbox.applyAllOnce(consumer, events, effect);
            if (skipped > 0) {
                LOG.fine(() -> consumer + " skipped " + skipped + " already processed event(s) of a batch");
            }
            return;
        } catch (RuntimeException e) {
            LOG.info(consumer + " could not apply a batch of " + events.size() + " events (" + FailureKind.of(e) + ": "
                    + e + "); applying them one by one");
        }
        for (int i = 0; i < events.size(); i++) {
            applyAlone(consumer, events.get(i), kept.get(i), type, effect);
        }
    }

    private <E extends IntegrationEvent> void applyAlone(
            String consumer, E event, String payload, Class<E> type, Consumer<E> effect) {
        int permanentFailures = 0;
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                if (!inbox.applyOnce(consumer, event, effect)) {
                    LOG.fine(() -> consumer + " skipped already processed event " + event.eventId());
                }
                if (attempt > 1) {
                    LOG.info(consumer + " applied event " + event.eventId() + " at attempt " + attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (FailureKind.of(e) == FailureKind.PERMANENT && ++permanentFailures >= PERMANENT_ATTEMPTS) {
                    deadLetter(consumer, type, event, payload, e);
                    return;
                }
                logRetry(consumer, event.eventId(), attempt, backoff, e);
                pauseFor(backoff, consumer, event.eventId());
                backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
            }
        }
    }

    /** The event, once the schema is ready; null when it cannot be decoded, and then it is a dead letter. */
    private <E extends IntegrationEvent> E decoded(String consumer, String payload, Class<E> type) {
        awaitSchema();
        try {
            return EventCodec.fromJson(payload, type);
        } catch (RuntimeException e) {
            // not JSON, null, not this event: it will fail the same way every time
            deadLetter(consumer, type, null, payload, e);
            return null;
        }
    }

    /** The first failure with its stack trace, then a line every time the back-off doubles, so logs stay readable. */
    private static void logRetry(String consumer, UUID eventId, int attempt, Duration backoff, RuntimeException e) {
        String line = consumer + " could not apply event " + eventId + " (attempt " + attempt + ", " + FailureKind.of(e)
                + "): retrying in " + backoff.toMillis() + " ms, nothing acknowledged";
        if (attempt == 1) {
            LOG.log(Level.WARNING, line, e);
        } else if (backoff.compareTo(MAX_BACKOFF) < 0 || attempt % 10 == 0) {
            LOG.warning(line + ": " + e);
        }
    }

    /**
     * Keeps the message in dead_letter, waiting while the database is away. A message the table cannot take even
     * then is logged (shortened) and let go, rather than stopping the channel behind it for good.
     */
    private <E extends IntegrationEvent> void deadLetter(
            String consumer, Class<E> type, E event, String payload, RuntimeException cause) {
        UUID eventId = event == null ? null : event.eventId();
        int permanentFailures = 0;
        for (Duration backoff = FIRST_BACKOFF; ; backoff = min(backoff.multipliedBy(2), MAX_BACKOFF)) {
            try {
                deadLetters.store(consumer, type, event, payload, cause);
                return;
            } catch (RuntimeException e) {
                if (FailureKind.of(e) == FailureKind.PERMANENT && ++permanentFailures >= PERMANENT_ATTEMPTS) {
                    LOG.log(
                            Level.SEVERE,
                            consumer + " dropped a message that even dead_letter refuses (event " + eventId + ", "
                                    + cause + "): " + shortened(payload),
                            e);
                    return;
                }
                LOG.log(Level.SEVERE, consumer + " cannot store a dead letter yet; retrying in " + backoff, e);
                pauseFor(backoff, consumer, eventId);
            }
        }
    }

    private static String shortened(String payload) {
        return payload == null || payload.length() <= 500 ? payload : payload.substring(0, 500) + "…";
    }

    /** Interrupted means the server is stopping: give up without acknowledging, so the event comes again. */
    private void pauseFor(Duration backoff, String consumer, UUID eventId) {
        try {
            pause.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    consumer + " stopped while retrying event " + eventId + "; it was not acknowledged", e);
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
