package org.onlinemart.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A mail the shop owes a customer because of one event, and how sending it went. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {}

    /** A PENDING notification; userId is null when the event does not say whose it is. */
    public Notification(UUID eventId, Long userId, String recipient, String subject, String body) {
        this.eventId = Objects.requireNonNull(eventId);
        this.userId = userId;
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.status = NotificationStatus.PENDING;
        this.createdAt = Instant.now();
    }

    public void markSent() {
        requirePending();
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = Instant.now();
        lastError = null;
    }

    /** Counts a failed send; after maxAttempts of them the notification is FAILED and no longer retried. */
    public void recordFailedAttempt(String error, int maxAttempts) {
        requirePending();
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            status = NotificationStatus.FAILED;
        }
    }

    private void requirePending() {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalStateException("Notification " + id + " is " + status + ", not PENDING");
        }
    }

    public long id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    /** Whose it is, or null when unknown. */
    public Long userId() {
        return userId;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the SMTP server took it, or null. */
    public Instant sentAt() {
        return sentAt;
    }
}
