package org.onlinemart.commons.outbox.parked;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.commons.outbox.OutboxMessage;

/** A parked outbox row: which event, where to, and why it would not go. */
@Schema(name = "ParkedOutboxMessage")
public record ParkedMessageResponse(
        @Schema(examples = "4711") long id,

        @Schema(examples = "1b4e28ba-2fa1-11d2-883f-0016d3cca427")
        UUID eventId,

        @Schema(examples = "order_status") String topic,

        @Schema(description = "The Kafka key; rows with this topic and key wait behind it", examples = "155")
        String messageKey,

        @Schema(description = "Publication attempts in all", examples = "14")
        int attempts,

        @Schema(
                description = "Why Kafka did not take it, shortened",
                examples = "org.apache.kafka.common.errors.RecordTooLargeException: The message is 1048673 bytes")
        String lastError,

        @Schema(examples = "2026-02-03T10:15:30Z") Instant createdAt,

        @Schema(description = "When it was parked; null once released", examples = "2026-02-03T10:16:02Z")
        Instant parkedAt) {

    private static final int ERROR_LENGTH = 300;

    static ParkedMessageResponse from(OutboxMessage message) {
        String error = message.lastError();
        return new ParkedMessageResponse(
                message.id(),
                message.eventId(),
                message.topic(),
                message.messageKey(),
                message.attempts(),
                error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH) + "…",
                message.createdAt(),
                message.parkedAt());
    }
}
