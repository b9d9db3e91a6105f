package org.onlinemart.commons.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    private static final UUID EVENT_ID = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    private static final Instant FAILED_AT = Instant.parse("2026-02-03T10:15:30Z");

    static DeadLetter deadLetter(long id, String topic, UUID eventId, String key) {
        return new DeadLetter(id, "inventory.product-created", topic, eventId, key, "{}", "boom", FAILED_AT, null);
    }

    @Test
    void anEventWithATopicCanBeReplayed() {
        assertTrue(deadLetter(1, "inventory_creation", EVENT_ID, "7")
                .whyNotReplayable()
                .isEmpty());
    }

    @Test
    void aMessageThatWasNoEventCannotBeReplayed() {
        assertTrue(deadLetter(1, "inventory_creation", null, null)
                .whyNotReplayable()
                .orElseThrow()
                .contains("holds no event"));
    }

    @Test
    void aDeadLetterWithoutATopicCannotBeReplayed() {
        assertTrue(deadLetter(1, null, EVENT_ID, "7")
                .whyNotReplayable()
                .orElseThrow()
                .contains("no topic"));
    }

    @Test
    void itIsReplayedUnderItsKeyElseItsEventId() {
        assertEquals("7", deadLetter(1, "t", EVENT_ID, "7").replayKey());
        assertEquals(EVENT_ID.toString(), deadLetter(1, "t", EVENT_ID, null).replayKey());
    }

    @Test
    void listsShortenLongErrors() {
        String longError = "x".repeat(DeadLetterSummary.ERROR_LENGTH + 50);
        assertEquals(
                DeadLetterSummary.ERROR_LENGTH + 1,
                DeadLetterSummary.shortened(longError).length());
        assertEquals("short", DeadLetterSummary.shortened("short"));
    }

    @Test
    void aRowIsReadWithItsNullUuidAndTimestamps() {
        Object[] row = {5L, "c", null, null, null, "error", Timestamp.from(FAILED_AT), null};
        DeadLetter read = DeadLetterRepository.row(row);
        assertEquals(new DeadLetter(5, "c", null, null, null, null, "error", FAILED_AT, null), read);

        Object[] withPayload = {5L, "c", "t", EVENT_ID.toString(), "7", "error", FAILED_AT, FAILED_AT, "{}"};
        assertEquals(EVENT_ID, DeadLetterRepository.row(withPayload).eventId());
        assertEquals("{}", DeadLetterRepository.row(withPayload).payload());
    }
}
