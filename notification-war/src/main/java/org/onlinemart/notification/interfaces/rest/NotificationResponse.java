package org.onlinemart.notification.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.notification.domain.Notification;

/** A notification as DESIGN.md §3 shows it; sent_at is null until it is sent. Never the mail's body. */
@JsonbNillable
public record NotificationResponse(
        @Schema(examples = "5") long notificationId,

        @Schema(description = "The event the notification is about", examples = "3f2b8c1e-9a4d-4e2f-8b6a-1c2d3e4f5a6b")
        UUID eventId,

        @Schema(examples = "customer@example.com") String recipient,
        @Schema(examples = "Your order 1001 is confirmed") String subject,

        @Schema(
                enumeration = {"PENDING", "SENT", "FAILED"},
                examples = "SENT")
        String status,

        @Schema(description = "Delivery attempts so far", examples = "1")
        int attempts,

        @Schema(examples = "2026-02-03T10:15:31Z") Instant createdAt,

        @Schema(description = "null until it is sent", examples = "2026-02-03T10:15:33Z")
        Instant sentAt) {

    static NotificationResponse from(Notification notification) {
        return new NotificationResponse(
                notification.id(),
                notification.eventId(),
                notification.recipient(),
                notification.subject(),
                notification.status().name(),
                notification.attempts(),
                notification.createdAt(),
                notification.sentAt());
    }
}
