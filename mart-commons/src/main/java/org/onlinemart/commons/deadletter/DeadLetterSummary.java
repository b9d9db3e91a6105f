package org.onlinemart.commons.deadletter;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dead letter in a list: what failed where and why, without its payload. */
public record DeadLetterSummary(
        @Schema(examples = "17") long id,

        @Schema(description = "The consumer that could not process it", examples = "inventory.product-created")
        String consumer,

        @Schema(
                description = "The topic it came from; null for dead letters stored before topics were recorded",
                examples = "inventory_creation")
        String topic,

        @Schema(
                description = "Null when the message could not be decoded as an event",
                examples = "1b4e28ba-2fa1-11d2-883f-0016d3cca427")
        UUID eventId,

        @Schema(
                description = "Why it failed, shortened to " + DeadLetterSummary.ERROR_LENGTH + " characters",
                examples = "org.onlinemart.commons.events.MalformedEventException: Unexpected char 39 at (line no=1)")
        String error,

        @Schema(examples = "2026-02-03T10:15:30Z") Instant failedAt,

        @Schema(description = "When it was last replayed; null when never", examples = "2026-02-03T11:00:00Z")
        Instant replayedAt) {

    static final int ERROR_LENGTH = 300;

    static DeadLetterSummary from(DeadLetter deadLetter) {
        return new DeadLetterSummary(
                deadLetter.id(),
                deadLetter.consumer(),
                deadLetter.topic(),
                deadLetter.eventId(),
                shortened(deadLetter.error()),
                deadLetter.failedAt(),
                deadLetter.replayedAt());
    }

    static String shortened(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH) + "…";
    }
}
