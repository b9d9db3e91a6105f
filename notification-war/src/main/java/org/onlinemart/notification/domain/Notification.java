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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.persistence.NilUuid;

/** A mail the shop owes a customer because of one event, and how sending it went. */
@Entity
@Table(name = "notification")
public class Notification {

    private static final int MAX_SUBJECT = 300;
    private static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    /** The order it is about; null for notifications stored before it was kept. */
    @Column(name = "order_id", updatable = false)
    private Long orderId;

    /** That order's correlation id; nil when the event had none. */
    @Column(name = "correlation_id", updatable = false)
    private UUID correlationId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    /** The plain-text part. */
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "html_body", nullable = false, updatable = false)
    private String htmlBody;

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

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    protected Notification() {}

    /**
     * A PENDING notification, due at once; userId is null when the event does not say whose it is. The trail names
     * the order it is about, for the log lines of its mail.
     */
    public Notification(UUID eventId, Long userId, OrderTrail trail, Mail mail, Instant now) {
        this.eventId = Objects.requireNonNull(eventId);
        this.userId = userId;
        this.orderId = trail.orderId();
        this.correlationId = NilUuid.toColumn(trail.correlationId());
        this.recipient = mail.recipient();
        this.subject = truncated(mail.subject(), MAX_SUBJECT);
        this.body = mail.text();
        this.htmlBody = mail.html();
        this.status = NotificationStatus.PENDING;
        // the database keeps microseconds: what is answered now must equal what is read back later
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.nextAttemptAt = createdAt;
    }

    /** The SMTP server took the mail. */
    public void markSent(Instant now) {
        requirePending();
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now.truncatedTo(ChronoUnit.MICROS);
        lastError = null;
    }

    /**
     * Counts a send the SMTP server did not take: it is due again after the policy's delay, or FAILED for good once
     * the attempts run out.
     *
     * @return whether it will be tried again
     */
    public boolean recordFailedAttempt(String error, RetryPolicy policy, Instant now) {
        requirePending();
        attempts++;
        lastError = truncated(error, MAX_ERROR);
        if (attempts >= policy.maxAttempts()) {
            status = NotificationStatus.FAILED;
            return false;
        }
        nextAttemptAt = now.plus(policy.delayAfter(attempts)).truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    private static String truncated(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
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

    /** What log lines about it start with: its order's {@code order=<id> correlation=<uuid>}. */
    public OrderTrail trail() {
        return new OrderTrail(orderId, NilUuid.fromColumn(correlationId));
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    /** The mail as it is sent, every time it is tried. */
    public Mail mail() {
        return new Mail(recipient, subject, body, htmlBody);
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

    /** When it is due to be sent (again), while PENDING. */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** When the SMTP server took it, or null. */
    public Instant sentAt() {
        return sentAt;
    }
}
