package org.onlinemart.notification.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.UUID;
import org.onlinemart.notification.domain.Notification;

/** A notification as DESIGN.md §3 shows it; sent_at is null until it is sent. Never the mail's body. */
@JsonbNillable
public record NotificationResponse(
        long notificationId,
        UUID eventId,
        String recipient,
        String subject,
        String status,
        int attempts,
        Instant createdAt,
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
