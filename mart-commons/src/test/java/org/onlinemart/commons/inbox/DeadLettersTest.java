package org.onlinemart.commons.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.events.EventCodec;
import org.onlinemart.commons.events.IntegrationEvent;
import org.onlinemart.commons.events.ProductCreated;
import org.onlinemart.commons.events.TopicNames;

class DeadLettersTest {

    /** The topic names without configuration: every type's {@code @Topic} default. */
    private static final TopicNames DEFAULT_TOPICS = new TopicNames() {
        @Override
        public String of(Class<? extends IntegrationEvent> type) {
            return EventCodec.topicOf(type);
        }
    };

    /** An event type that names no topic, and whose key cannot be read. */
    private record Untopical(UUID eventId, Instant occurredAt) implements IntegrationEvent {
        @Override
        public String partitionKey() {
            throw new IllegalStateException("no key");
        }
    }

    @Test
    void whatPostgresTextCannotHoldIsKeptReadably() {
        assertEquals("", DeadLetters.storable(null));
        assertEquals("a\\u0000b", DeadLetters.storable("a\0b"));
        assertEquals("{\"x\": 1}", DeadLetters.storable("{\"x\": 1}"));
    }

    @Test
    void theTopicIsTheOneEventsOfTheTypeArePublishedTo() {
        assertEquals("inventory_creation", DeadLetters.topicOf(DEFAULT_TOPICS, ProductCreated.class));
    }

    @Test
    void aTypeWithoutATopicIsKeptWithoutOne() {
        assertNull(DeadLetters.topicOf(DEFAULT_TOPICS, Untopical.class));
    }

    @Test
    void theKeyIsTheEventsPartitionKeyAsTheOutboxSendsIt() {
        assertEquals("42", DeadLetters.keyOf(ProductCreated.of(42, "Kettle", null)));
        assertNull(DeadLetters.keyOf(null), "a payload that was no event has no key");
        assertNull(DeadLetters.keyOf(new Untopical(UUID.randomUUID(), Instant.now())));
    }
}
