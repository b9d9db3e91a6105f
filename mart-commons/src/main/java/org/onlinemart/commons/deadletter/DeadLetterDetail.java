package org.onlinemart.commons.deadletter;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dead letter in full: with the whole error and the payload as it was received. */
public record DeadLetterDetail(
        @Schema(examples = "17") long id,
        @Schema(examples = "inventory.product-created") String consumer,

        @Schema(
                description = "Null for dead letters stored before topics were recorded",
                examples = "inventory_creation")
        String topic,

        @Schema(
                description = "Null when the message could not be decoded as an event",
                examples = "1b4e28ba-2fa1-11d2-883f-0016d3cca427")
        UUID eventId,

        @Schema(
                description = "The Kafka key a replay uses; null when unknown, then a replay uses the event id",
                examples = "1001")
        String messageKey,

        @Schema(
                description = "The message as received (NUL characters written as \\u0000; a record without a value"
                        + " is empty)",
                examples = "{\"event_id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"product_id\":1001}")
        String payload,

        @Schema(
                description = "Why it failed (up to 2000 characters)",
                examples = "java.lang.IllegalStateException: a bug that is fixed now")
        String error,

        @Schema(examples = "2026-02-03T10:15:30Z") Instant failedAt,

        @Schema(description = "When it was last replayed; null when never", examples = "2026-02-03T11:00:00Z")
        Instant replayedAt) {

    static DeadLetterDetail from(DeadLetter deadLetter) {
        return new DeadLetterDetail(
                deadLetter.id(),
                deadLetter.consumer(),
                deadLetter.topic(),
                deadLetter.eventId(),
                deadLetter.messageKey(),
                deadLetter.payload(),
                deadLetter.error(),
                deadLetter.failedAt(),
                deadLetter.replayedAt());
    }
}
